package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.client.UploadResult;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulator;
import io.github.camellalal.emulator.RecordedRequest;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LalalProducerTest extends LalalTestSupport {

    private static final int FRAMES = 4000;
    private static final byte[] WAV = TestWav.stereo(FRAMES);

    @TempDir
    Path dir;

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("file:" + dir.resolve("inbox") + "?noop=true").to("lalal:upload").to("mock:uploaded");
        // a track is a stream cache; converting it in the route keeps this test about the bytes alone
        routes.from("direct:download").to("lalal:download").convertBodyTo(byte[].class);
        routes.from("direct:both").to("lalal:download?track=both").split(routes.body())
                .to("file:" + dir.resolve("out"));
    }

    private Exchange upload(Object body, String nameHeader, String headerName) {
        return template.request("lalal:upload", e -> {
            e.getMessage().setBody(body);
            if (nameHeader != null) {
                e.getMessage().setHeader(headerName, nameHeader);
            }
        });
    }

    private FileStatus awaitState(String id, String state) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> template.requestBodyAndHeader("lalal:check", null, LalalConstants.FILE_ID, id,
                        FileStatus.class), s -> s.task() != null && state.equals(s.task().rawState()));
    }

    @Test
    void uploadsFilePathBytesAndStreamsWithTheirNames() throws Exception {
        Path song = dir.resolve("song.wav");
        Files.write(song, WAV);

        Exchange fromPath = upload(song, null, null);
        Exchange fromFile = upload(song.toFile(), null, null);
        Exchange fromBytes = upload(WAV, "some/dir/bytes.wav", Exchange.FILE_NAME);
        Exchange fromStream = upload(new ByteArrayInputStream(WAV), "stream.wav", LalalConstants.FILE_NAME);

        for (Exchange e : List.of(fromPath, fromFile, fromBytes, fromStream)) {
            assertThat(e.getException()).isNull();
            Message m = e.getMessage();
            assertThat(m.getBody()).isInstanceOf(UploadResult.class);
            assertThat(m.getHeader(LalalConstants.FILE_ID, String.class)).isEqualTo(m.getBody(UploadResult.class).id());
            assertThat(m.getHeader(LalalConstants.DURATION, Double.class)).isEqualTo((double) FRAMES / TestWav.RATE);
            // the contract's example answers no size and no expiry: the strict emulator neither
            assertThat(m.getHeader(LalalConstants.SIZE)).isNull();
            assertThat(m.getHeader(LalalConstants.EXPIRES)).isNull();
        }
        assertThat(fromPath.getMessage().getHeader(LalalConstants.FILE_NAME)).isEqualTo("song.wav");
        assertThat(fromFile.getMessage().getHeader(LalalConstants.FILE_NAME)).isEqualTo("song.wav");
        assertThat(fromBytes.getMessage().getHeader(LalalConstants.FILE_NAME)).isEqualTo("bytes.wav");
        assertThat(fromStream.getMessage().getHeader(LalalConstants.FILE_NAME)).isEqualTo("stream.wav");

        List<RecordedRequest> uploads = emulator().requestLog().of(Endpoint.UPLOAD);
        assertThat(uploads).hasSize(4).allSatisfy(r -> assertThat(r.bodyBytes()).isEqualTo(WAV.length));
        assertThat(uploads.get(3).header("transfer-encoding")).isEqualToIgnoringCase("chunked");
        assertThat(uploads.get(0).header("authorization")).isEqualTo("license " + KEY);
    }

    @Test
    void uploadsWhatAFileConsumerPicksUp() throws Exception {
        MockEndpoint uploaded = getMockEndpoint("mock:uploaded");
        uploaded.expectedMessageCount(1);
        Files.createDirectories(dir.resolve("inbox"));
        Files.write(dir.resolve("inbox/picked.wav"), WAV);

        uploaded.assertIsSatisfied(10_000);
        Message m = uploaded.getReceivedExchanges().get(0).getMessage();
        assertThat(m.getHeader(LalalConstants.FILE_NAME)).isEqualTo("picked.wav");
        assertThat(m.getHeader(LalalConstants.FILE_ID, String.class)).isNotBlank();
    }

    @Test
    void uploadSetsSizeAndExpiryWhenTheServiceSendsThem() {
        try (LalalEmulator sized = LalalEmulator.builder().license(EmulatorLicense.paid(KEY))
                .uploadSizeAndExpiry(true).build().start()) {
            Exchange e = template.request("lalal:upload?baseUrl=" + sized.baseUrl(), x -> {
                x.getMessage().setBody(WAV);
                x.getMessage().setHeader(LalalConstants.FILE_NAME, "sized.wav");
            });

            assertThat(e.getException()).isNull();
            assertThat(e.getMessage().getHeader(LalalConstants.SIZE, Long.class)).isEqualTo(WAV.length);
            assertThat(e.getMessage().getHeader(LalalConstants.EXPIRES, java.time.Instant.class))
                    .isAfter(java.time.Instant.now().plus(Duration.ofHours(23)));
        }
    }

    @Test
    void splitSendsOneRequestForManyFilesWithHeaderOverrides() throws Exception {
        String a = upload("a.wav", WAV);
        String b = upload("b.wav", WAV);
        String c = upload("c.wav", WAV);

        Exchange e = template.request("lalal:split?stem=bass&dereverb=true&splitParam.filter=2", x -> {
            x.getMessage().setHeader(LalalConstants.FILE_IDS, List.of(a, b, c));
            x.getMessage().setHeader(LalalConstants.STEM, "drum");
            x.getMessage().setHeader(LalalConstants.SPLITTER, "orion");
        });

        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(LalalConstants.FILE_IDS, List.class)).containsExactly(a, b, c);
        List<RecordedRequest> splits = emulator().requestLog().of(Endpoint.SPLIT);
        assertThat(splits).hasSize(1);
        JsonNode params = new ObjectMapper().readTree(splits.get(0).form().get("params").get(0));
        assertThat(params).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode p = params.get(i);
            assertThat(p.get("id").asText()).isEqualTo(List.of(a, b, c).get(i));
            assertThat(p.get("stem").asText()).isEqualTo("drum");
            assertThat(p.get("splitter").asText()).isEqualTo("orion");
            assertThat(p.get("dereverb_enabled").asBoolean()).isTrue();
            assertThat(p.get("filter").asInt()).isEqualTo(2);
            assertThat(p.has("noise_cancelling_level")).isFalse();
        }
        FileStatus done = awaitState(b, "success");
        assertThat(done.stem()).isEqualTo("drum");
        assertThat(done.splitter()).isEqualTo("orion");
    }

    @Test
    void checkReportsStateProgressAndTrackUrls() {
        String id = uploadAndSplit("checked.wav", WAV);

        Exchange running = template.request("lalal:check", x -> x.getMessage().setHeader(LalalConstants.FILE_ID, id));
        assertThat(running.getException()).isNull();
        assertThat(running.getMessage().getHeader(LalalConstants.TASK_STATE)).isEqualTo("progress");
        assertThat(running.getMessage().getHeader(LalalConstants.PROGRESS, Integer.class)).isBetween(0, 100);
        assertThat(running.getMessage().getHeader(LalalConstants.STEM_TRACK_URL)).isNull();

        awaitState(id, "success");
        Exchange done = template.request("lalal:check", x -> x.getMessage().setBody(id));
        Message m = done.getMessage();
        assertThat(m.getHeader(LalalConstants.TASK_STATE)).isEqualTo("success");
        assertThat(m.getHeader(LalalConstants.FILE_NAME)).isEqualTo("checked.wav");
        assertThat(m.getHeader(LalalConstants.STEM)).isEqualTo("vocals");
        assertThat(m.getHeader(LalalConstants.STEM_TRACK_URL, String.class)).startsWith("http://127.0.0.1:");
        assertThat(m.getHeader(LalalConstants.BACK_TRACK_URL, String.class)).startsWith("http://127.0.0.1:");
    }

    @Test
    void checkOfManyIdsIsOneRequestAndAMapBody() {
        String a = upload("m1.wav", WAV);
        String b = upload("m2.wav", WAV);
        emulator().requestLog().clear();

        @SuppressWarnings("unchecked")
        Map<String, FileStatus> statuses = template.requestBodyAndHeader("lalal:check", null,
                LalalConstants.FILE_IDS, a + "," + b,
                Map.class);

        assertThat(statuses).containsOnlyKeys(a, b);
        assertThat(statuses.get(a).name()).isEqualTo("m1.wav");
        assertThat(emulator().requestLog().of(Endpoint.CHECK)).singleElement()
                .satisfies(r -> assertThat(r.fileIds()).containsExactly(a, b));
    }

    @Test
    void cancelStopsTheTask() {
        String id = uploadAndSplit("cancelled.wav", WAV);

        Exchange e = template.request("lalal:cancel", x -> x.getMessage().setHeader(LalalConstants.FILE_ID, id));

        assertThat(e.getException()).isNull();
        assertThat(awaitState(id, "cancelled").task().rawState()).isEqualTo("cancelled");
    }

    @Test
    void limitsReturnsTheLicensePlan() {
        LicenseLimits limits = template.requestBody("lalal:limits", null, LicenseLimits.class);

        assertThat(limits.plan()).isEqualTo("Plus");
        assertThat(limits.limitMinutes()).isPositive();
        assertThat(limits.leftMinutes()).isLessThanOrEqualTo(limits.limitMinutes());
        assertThat(emulator().requestLog().of(Endpoint.LIMITS)).singleElement()
                .satisfies(r -> assertThat(r.query()).contains("key=" + KEY));
        Exchange e = template.request("lalal:limits", x -> { });
        assertThat(e.getMessage().getHeader(LalalConstants.MINUTES_LEFT)).isEqualTo(
                e.getMessage().getBody(LicenseLimits.class).leftMinutes()).isNotNull();
    }

    @Test
    void downloadStreamsTheStemNamedAsTheServiceNamedIt() throws Exception {
        String id = uploadAndSplit("song.wav", WAV);
        awaitState(id, "success");

        Exchange stem = template.request("direct:download", x -> x.getMessage().setHeader(LalalConstants.FILE_ID, id));
        Exchange back = template.request("direct:download", x -> {
            x.getMessage().setHeader(LalalConstants.FILE_ID, id);
            x.getMessage().setHeader(LalalConstants.TRACK, "back");
        });

        assertThat(stem.getException()).isNull();
        assertThat(stem.getMessage().getHeader(Exchange.FILE_NAME)).isEqualTo("song_vocals_split_by_lalalai.wav");
        assertThat(stem.getMessage().getHeader(LalalConstants.TRACK)).isEqualTo("stem");
        byte[] stemBytes = stem.getMessage().getBody(byte[].class);
        assertThat(stemBytes).hasSameSizeAs(WAV);
        short[] mid = TestWav.samples(stemBytes);
        for (int i = 0; i < FRAMES; i++) {
            int expected = (TestWav.left(i) + TestWav.right(i)) / 2;
            assertThat((int) mid[2 * i]).as("stem sample %d", i)
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(1));
        }
        assertThat(back.getMessage().getHeader(Exchange.FILE_NAME)).isEqualTo("song_no_vocals_split_by_lalalai.wav");
        assertThat(back.getMessage().getBody(byte[].class)).hasSameSizeAs(WAV);
    }

    @Test
    void downloadOfBothTracksGivesTwoMessagesReadyForAFileEndpoint() throws Exception {
        String id = uploadAndSplit("both.wav", WAV);
        awaitState(id, "success");

        Exchange e = template.request("direct:both", x -> x.getMessage().setHeader(LalalConstants.FILE_ID, id));

        assertThat(e.getException()).isNull();
        File out = dir.resolve("out").toFile();
        assertThat(out.list()).containsExactlyInAnyOrder("both_vocals_split_by_lalalai.wav",
                "both_no_vocals_split_by_lalalai.wav");
        assertThat(new File(out, "both_vocals_split_by_lalalai.wav")).hasSize(WAV.length);
    }
}
