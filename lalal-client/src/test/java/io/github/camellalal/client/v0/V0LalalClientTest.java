package io.github.camellalal.client.v0;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellalal.client.ClientTestSupport;
import io.github.camellalal.client.DownloadResult;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.Splitter;
import io.github.camellalal.client.Stem;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.client.UploadResult;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulator;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import io.github.camellalal.emulator.RecordedRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every operation of the client and every documented answer, against the emulator over real HTTP. */
class V0LalalClientTest extends ClientTestSupport {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofMillis(400)).build();

    private static final int FRAMES = 2400;
    private static final byte[] WAV = wav(FRAMES);

    @TempDir
    Path dir;

    private FileStatus awaitTerminal(LalalClient c, String id) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> c.check(id), s -> s.taskState() != null && s.taskState().isTerminal());
    }

    @Test
    void uploadsFromPathStreamOfKnownAndUnknownLengthAndBytes() throws Exception {
        LalalClient c = client(EMULATOR.baseUrl());
        Path file = dir.resolve("from-path.wav");
        Files.write(file, WAV);

        UploadResult fromPath = c.upload(file);
        UploadResult known = c.upload("known.wav", new ByteArrayInputStream(WAV), WAV.length);
        UploadResult chunked = c.upload("chunked.wav", new ByteArrayInputStream(WAV), -1);
        UploadResult fromBytes = c.upload("bytes.wav", WAV);

        for (UploadResult u : List.of(fromPath, known, chunked, fromBytes)) {
            assertThat(u.id()).isNotBlank();
            assertThat(u.duration()).isEqualTo(FRAMES / 8000.0);
            // the contract's example answers no size and no expiry: the strict emulator neither
            assertThat(u.size()).isNull();
            assertThat(u.expires()).isNull();
        }
        assertThat(fromPath.name()).isEqualTo("from-path.wav");
        List<RecordedRequest> uploads = EMULATOR.requestLog().of(Endpoint.UPLOAD);
        assertThat(uploads).extracting(RecordedRequest::bodyBytes).containsOnly((long) WAV.length);
        assertThat(uploads.get(1).header("content-length")).isEqualTo(String.valueOf(WAV.length));
        assertThat(uploads.get(2).header("transfer-encoding")).isEqualToIgnoringCase("chunked");
        assertThat(uploads).allSatisfy(r -> {
            assertThat(r.header("authorization")).isEqualTo("license " + KEY);
            assertThat(r.header("content-disposition")).startsWith("attachment; filename=");
        });
    }

    @Test
    void uploadPassesOnSizeAndExpiryWhenTheServiceSendsThem() {
        try (LalalEmulator emulator = LalalEmulator.builder().license(EmulatorLicense.paid(KEY))
                .uploadSizeAndExpiry(true).build().start()) {
            UploadResult u = client(emulator.baseUrl()).upload("sized.wav", WAV);

            assertThat(u.size()).isEqualTo(WAV.length);
            assertThat(u.expires()).isBetween(java.time.Instant.now().plus(Duration.ofHours(23)),
                    java.time.Instant.now().plus(Duration.ofHours(25)));
        }
    }

    @Test
    void nonAsciiFileNameRoundTrips() {
        LalalClient c = client(EMULATOR.baseUrl());
        String name = "Ünïcødé – песня 歌.wav";

        UploadResult u = c.upload(name, WAV);

        assertThat(c.check(u.id()).name()).isEqualTo(name);
        assertThat(EMULATOR.requestLog().of(Endpoint.UPLOAD).get(0).header("content-disposition"))
                .contains("filename*=UTF-8''");
    }

    @Test
    void missingFileNameFailsBeforeAnyRequest() {
        LalalClient c = client(EMULATOR.baseUrl());

        assertThatThrownBy(() -> c.upload(" ", WAV)).isInstanceOf(LalalValidationException.class)
                .hasMessageContaining("'fileName'").hasMessageContaining("non-blank file name");
        assertThat(EMULATOR.requestLog().all()).isEmpty();
    }

    @Test
    void withoutLicenseUploadGetsTheEmulatorsChoiceOfNoLicenseText() {
        LalalClient c = client(EMULATOR.baseUrl(), null, 0, Duration.ofSeconds(5));

        assertThatThrownBy(() -> c.upload("a.wav", WAV)).isInstanceOfSatisfying(LalalApiException.class,
                e -> assertThat(e.serviceError()).isEqualTo("No lisence (use Authorization header)"));
        assertThat(EMULATOR.requestLog().of(Endpoint.UPLOAD).get(0).header("authorization")).isNull();
        assertThatThrownBy(c::limits).isInstanceOf(LalalValidationException.class).hasMessageContaining("apiKey");
    }

    @Test
    void splitSendsEveryParameterAndExtraKeysForManyFilesInOneRequest() throws Exception {
        LalalClient c = client(EMULATOR.baseUrl());
        String a = c.upload("a.wav", WAV).id();
        String b = c.upload("b.wav", WAV).id();

        List<String> tasks = c.split(List.of(
                SplitRequest.forFile(a).stem(Stem.VOICE).splitter(Splitter.PERSEUS).dereverb(true)
                        .enhancedProcessing(false).noiseCancellingLevel(2).extraParam("filter", 2).build(),
                SplitRequest.forFile(b).stem(Stem.SYNTHESIZER).build()));

        assertThat(tasks).containsExactly(a, b);
        List<RecordedRequest> splits = EMULATOR.requestLog().of(Endpoint.SPLIT);
        assertThat(splits).hasSize(1);
        JsonNode params = new ObjectMapper().readTree(splits.get(0).formField("params"));
        assertThat(params.get(0).toString()).isEqualTo("{\"id\":\"" + a + "\",\"splitter\":\"perseus\",\"stem\":"
                + "\"voice\",\"dereverb_enabled\":true,\"enhanced_processing_enabled\":false,"
                + "\"noise_cancelling_level\":2,\"filter\":2}");
        assertThat(params.get(1).toString()).isEqualTo("{\"id\":\"" + b + "\",\"stem\":\"synthesizer\"}");
        assertThat(c.check(b).splitter()).isEqualTo("phoenix");
    }

    @Test
    void invalidSplitOptionsFailBeforeAnyRequestNamingOptionValueAndAllowed() {
        LalalClient c = client(EMULATOR.baseUrl());
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> SplitRequest.forFile(id).splitter(Splitter.PERSEUS).stem(Stem.PIANO).build())
                .hasMessageContaining("'stem'").hasMessageContaining("'piano'")
                .hasMessageContaining("splitter perseus: vocals, voice, drum, bass");
        assertThatThrownBy(() -> SplitRequest.forFile(id).stem(Stem.VOICE).noiseCancellingLevel(3).build())
                .hasMessageContaining("'noiseCancellingLevel'").hasMessageContaining("'3'")
                .hasMessageContaining("0 (mild), 1 (normal) or 2 (aggressive)");
        assertThatThrownBy(() -> SplitRequest.forFile(id).stem(Stem.DRUM).noiseCancellingLevel(1).build())
                .hasMessageContaining("only with stem voice");
        assertThatThrownBy(() -> Stem.of("kazoo")).hasMessageContaining("'kazoo'")
                .hasMessageContaining("vocals, voice, drum, bass, piano, electric_guitar");
        assertThatThrownBy(() -> c.split(List.of())).hasMessageContaining("at least one file id");
        assertThatThrownBy(() -> c.check(List.of())).hasMessageContaining("at least one file id");
        assertThatThrownBy(() -> c.cancel(List.of("a,b"))).hasMessageContaining("'fileId'");
        assertThat(EMULATOR.requestLog().all()).isEmpty();
    }

    @Test
    void lifeCycleToSuccessAndDownloadOfBothTracks() throws Exception {
        LalalClient c = client(EMULATOR.baseUrl());
        String id = c.upload("song.wav", WAV).id();
        assertThat(c.check(id).task()).isNull();
        c.split(SplitRequest.forFile(id).build());
        assertThat(c.check(id).taskState()).isEqualTo(TaskState.PROGRESS);

        FileStatus done = awaitTerminal(c, id);

        assertThat(done.taskState()).isEqualTo(TaskState.SUCCESS);
        assertThat(done.split()).isNotNull();
        assertThat(done.player()).isNull();
        ByteArrayOutputStream stem = new ByteArrayOutputStream();
        DownloadResult s = c.download(done.split().stemTrackUrl(), stem);
        DownloadResult b = c.download(done.split().backTrackUrl(), dir);
        assertThat(s.fileName()).isEqualTo("song_vocals_split_by_lalalai.wav");
        assertThat(s.bytes()).isEqualTo(WAV.length).isEqualTo(done.split().stemTrackSize());
        assertThat(b.fileName()).isEqualTo("song_no_vocals_split_by_lalalai.wav");
        assertThat(dir.resolve(b.fileName())).hasSize(done.split().backTrackSize());
        short[] mid = samples(stem.toByteArray());
        short[] side = samples(Files.readAllBytes(dir.resolve(b.fileName())));
        for (int i = 0; i < FRAMES; i++) {
            assertThat((int) mid[2 * i]).isCloseTo((left(i) + right(i)) / 2, Offset.offset(1));
            assertThat((int) side[2 * i]).isCloseTo((left(i) - right(i)) / 2, Offset.offset(1));
        }
        assertThat(EMULATOR.requestLog().of(Endpoint.DOWNLOAD)).allSatisfy(r ->
                assertThat(r.header("authorization")).isNull());
    }

    @Test
    void cancelAndFailedTasksReportTheirState() {
        LalalClient c = client(EMULATOR.baseUrl());
        String cancelled = c.upload("c.wav", WAV).id();
        String failed = c.upload("f.wav", WAV).id();
        c.split(List.of(SplitRequest.forFile(cancelled).build(), SplitRequest.forFile(failed).build()));
        EMULATOR.emulator().failTask(failed, "Out of cheese");

        c.cancel(List.of(cancelled));

        assertThat(awaitTerminal(c, cancelled).taskState()).isEqualTo(TaskState.CANCELLED);
        FileStatus f = awaitTerminal(c, failed);
        assertThat(f.taskState()).isEqualTo(TaskState.ERROR);
        assertThat(f.task().error()).isEqualTo("Out of cheese");
    }

    @Test
    void checkOfManyIdsIsOneRequestWithPerFileErrors() {
        LalalClient c = client(EMULATOR.baseUrl());
        String a = c.upload("a.wav", WAV).id();
        String txt = c.upload("notes.txt", new byte[] { 1, 2, 3 }).id();
        String unknown = UUID.randomUUID().toString();

        Map<String, FileStatus> statuses = c.check(List.of(a, txt, unknown, a));

        assertThat(statuses).containsOnlyKeys(a, txt, unknown);
        assertThat(statuses.get(a).known()).isTrue();
        assertThat(statuses.get(txt).error()).isEqualTo("Invalid extension");
        assertThat(statuses.get(unknown).known()).isFalse();
        assertThat(statuses.get(unknown).error()).isEqualTo("File not found");
        assertThat(EMULATOR.requestLog().of(Endpoint.CHECK)).singleElement()
                .satisfies(r -> assertThat(r.fileIds()).containsExactly(a, txt, unknown));
    }

    @Test
    void documentedErrorsCarryTheServiceTextAndIds() {
        LalalClient c = client(EMULATOR.baseUrl());

        assertThatThrownBy(() -> c.check(List.of("not-a-uuid"))).isInstanceOfSatisfying(LalalApiException.class, e -> {
            assertThat(e.serviceError()).isEqualTo("Invalid file id");
            assertThat(e.fileIds()).containsExactly("not-a-uuid");
            assertThat(e).hasMessage("LALAL.AI check failed for file ids [not-a-uuid]: Invalid file id");
        });
        assertThatThrownBy(() -> c.cancel(List.of(UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(LalalApiException.class,
                        e -> assertThat(e.serviceError()).isEqualTo("Invalid file id"));
        LalalClient unknownKey = client(EMULATOR.baseUrl(), "no-such-license", 0, Duration.ofSeconds(5));
        assertThatThrownBy(unknownKey::limits).isInstanceOfSatisfying(LalalApiException.class,
                e -> assertThat(e.serviceError()).isEqualTo("License not found"));
    }

    @Test
    void limitsCountTheMinutesOfAFinishedSplit() {
        LalalClient c = client(EMULATOR.baseUrl());
        LicenseLimits before = c.limits();
        String id = c.upload("minutes.wav", wav(8000 * 6)).id(); // 6 s = 0.1 min
        c.split(SplitRequest.forFile(id).build());
        awaitTerminal(c, id);

        LicenseLimits after = c.limits();

        assertThat(after.plan()).isEqualTo("Plus");
        assertThat(after.limitMinutes()).isEqualTo(300.0);
        assertThat(after.usedMinutes() - before.usedMinutes()).isCloseTo(0.1, Offset.offset(0.002));
        assertThat(after.leftMinutes()).isCloseTo(after.limitMinutes() - after.usedMinutes(), Offset.offset(0.002));
        assertThat(EMULATOR.requestLog().of(Endpoint.LIMITS).get(0).query()).isEqualTo("key=" + KEY);
    }

    @Test
    void theLicenseKeyIsInNoMessageOrToString() {
        LalalClient c = client(EMULATOR.baseUrl());
        StringBuilder seen = new StringBuilder(c.toString());
        for (Runnable failing : List.<Runnable>of(() -> c.check(List.of("bad id")),
                () -> c.download(EMULATOR.baseUrl() + "/media/x/y.wav", new ByteArrayOutputStream()),
                () -> client(EMULATOR.baseUrl(), KEY, 0, Duration.ofSeconds(1)).split(
                        List.of(SplitRequest.forFile(UUID.randomUUID().toString()).build())))) {
            try {
                failing.run();
            } catch (RuntimeException e) {
                seen.append(e).append(e.getMessage());
            }
        }
        assertThat(seen.toString()).contains("Invalid file id").doesNotContain(KEY);
    }
}
