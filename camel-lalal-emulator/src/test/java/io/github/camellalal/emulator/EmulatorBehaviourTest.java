package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Task life cycle, plans, minutes, limits, expiry and fault injection, on the emulator's own clock. */
class EmulatorBehaviourTest {

    private static final String KEY = "behaviour-key";

    private static LalalEmulator start(LalalEmulator.Builder b) {
        return b.license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofSeconds(10)).build().start();
    }

    private static JsonNode status(RawApi api, String key, String id) throws Exception {
        return api.form("/api/check/", key, Map.of("id", id)).get("result").get(id);
    }

    @Test
    void progressRisesThenSuccessGivesMidAndSideTracks() throws Exception {
        try (LalalEmulator emu = start(LalalEmulator.builder())) {
            RawApi api = new RawApi(emu.baseUrl());
            byte[] wav = RawApi.wav(8000, 8000);
            String id = api.uploadId(KEY, "tune.wav", wav);
            api.form("/api/split/", KEY, Map.of("id", id));

            emu.advanceClock(Duration.ofSeconds(5));
            JsonNode half = status(api, KEY, id).get("task");
            assertThat(half.get("state").asText()).isEqualTo("progress");
            assertThat(half.get("progress").asInt()).isBetween(45, 55);

            emu.advanceClock(Duration.ofSeconds(5));
            JsonNode done = status(api, KEY, id);
            assertThat(done.get("task").get("state").asText()).isEqualTo("success");
            JsonNode split = done.get("split");
            assertThat(done.get("player").isNull()).isTrue();
            HttpResponse<byte[]> stem = api.send(HttpRequest.newBuilder(URI.create(split.get("stem_track").asText()))
                    .build());
            HttpResponse<byte[]> back = api.send(HttpRequest.newBuilder(URI.create(split.get("back_track").asText()))
                    .build());
            assertThat(stem.headers().firstValue("Content-Disposition")).contains(
                    "attachment; filename=\"tune_vocals_split_by_lalalai.wav\"");
            assertThat(back.headers().firstValue("Content-Disposition")).contains(
                    "attachment; filename=\"tune_no_vocals_split_by_lalalai.wav\"");
            assertThat(stem.body()).hasSize(wav.length).hasSize(split.get("stem_track_size").asInt());
            assertThat(back.body()).hasSize(split.get("back_track_size").asInt());
            ByteBuffer s = ByteBuffer.wrap(stem.body()).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer b = ByteBuffer.wrap(back.body()).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < 8000; i++) {
                int l = RawApi.left(i);
                int r = RawApi.right(i);
                assertThat(s.getShort(44 + 4 * i)).isEqualTo((short) ((l + r) / 2));
                assertThat(s.getShort(46 + 4 * i)).isEqualTo((short) ((l + r) / 2));
                assertThat(b.getShort(44 + 4 * i)).isEqualTo((short) ((l - r) / 2));
                assertThat(b.getShort(46 + 4 * i)).isEqualTo((short) -((l - r) / 2));
            }
            emu.advanceClock(Duration.ofSeconds(30));
            assertThat(status(api, KEY, id).get("task").get("state").asText()).as("terminal never changes")
                    .isEqualTo("success");
        }
    }

    @Test
    void corruptWavAndFailTaskEndInError() throws Exception {
        try (LalalEmulator emu = start(LalalEmulator.builder())) {
            RawApi api = new RawApi(emu.baseUrl());
            String corrupt = api.uploadId(KEY, "broken.wav", "RIFF....WAVEjunk".getBytes());
            String flagged = api.uploadId(KEY, "ok.mp3", new byte[4096]);
            emu.failTask(flagged, "GPU on fire");
            api.form("/api/split/", KEY, Map.of("params", "[{\"id\":\"" + corrupt + "\"},{\"id\":\"" + flagged
                    + "\"}]"));

            emu.advanceClock(Duration.ofSeconds(11));

            assertThat(status(api, KEY, corrupt).get("task").toString())
                    .isEqualTo("{\"state\":\"error\",\"error\":\"Unable to decode audio file\",\"progress\":null}");
            assertThat(status(api, KEY, flagged).get("task").get("error").asText()).isEqualTo("GPU on fire");
            assertThat(status(api, KEY, flagged).get("split").isNull()).isTrue();
        }
    }

    @Test
    void starterLicenseGetsPlayerAndFreeLicenseAPreview() throws Exception {
        try (LalalEmulator emu = start(LalalEmulator.builder().license(EmulatorLicense.starter("starter"))
                .license(EmulatorLicense.free("free")))) {
            RawApi api = new RawApi(emu.baseUrl());
            byte[] fortySeconds = RawApi.wav(8000 * 40, 8000);
            String s = api.uploadId("starter", "s.wav", fortySeconds);
            String f = api.uploadId("free", "f.wav", fortySeconds);
            api.form("/api/split/", "starter", Map.of("id", s));
            api.form("/api/split/", "free", Map.of("id", f));
            emu.advanceClock(Duration.ofSeconds(11));

            JsonNode starter = status(api, "starter", s);
            JsonNode free = status(api, "free", f);

            assertThat(starter.get("player").has("stem_track")).isTrue();
            assertThat(starter.get("split").isNull()).isTrue();
            assertThat(free.get("preview").get("stem_track_size").asLong()).isEqualTo(44 + 8000L * 30 * 4);
            assertThat(free.get("split").isNull()).isTrue();
            assertThat(free.get("player").isNull()).isTrue();
        }
    }

    @Test
    void minutesAreChargedAndRunOut() throws Exception {
        try (LalalEmulator emu = LalalEmulator.builder().license(EmulatorLicense.paid(KEY).withMinutes(0.15))
                .taskDuration(Duration.ofSeconds(1)).build().start()) {
            RawApi api = new RawApi(emu.baseUrl());
            String first = api.uploadId(KEY, "six.wav", RawApi.wav(8000 * 6, 8000));
            api.form("/api/split/", KEY, Map.of("id", first));
            emu.advanceClock(Duration.ofSeconds(2));
            status(api, KEY, first);

            JsonNode limits = api.get("/billing/get-limits/?key=" + KEY, null);
            assertThat(limits.get("process_duration_used").asDouble()).isEqualTo(0.1);
            assertThat(limits.get("process_duration_left").asDouble()).isEqualTo(0.05);
            String second = api.uploadId(KEY, "six-again.wav", RawApi.wav(8000 * 6, 8000));
            assertThat(api.form("/api/split/", KEY, Map.of("id", second)).get("error").asText())
                    .isEqualTo("Not enough minutes left on your license");
            assertThat(emu.license(KEY)).get().extracting(LalalEmulator.LicenseUsage::usedMinutes).isEqualTo(0.1);
        }
    }

    @Test
    void filesExpireAfterTheirTimeToLive() throws Exception {
        try (LalalEmulator emu = start(LalalEmulator.builder().fileTtl(Duration.ofHours(1)))) {
            RawApi api = new RawApi(emu.baseUrl());
            String id = api.uploadId(KEY, "old.wav", RawApi.wav(100, 8000));
            emu.advanceClock(Duration.ofMinutes(61));

            assertThat(status(api, KEY, id).toString())
                    .isEqualTo("{\"status\":\"error\",\"error\":\"File not found\"}");
            assertThat(api.form("/api/split/", KEY, Map.of("id", id)).get("error").asText())
                    .isEqualTo("Invalid file id");
        }
    }

    @Test
    void uploadsOverTheLimitAreRefused() throws Exception {
        try (LalalEmulator emu = start(LalalEmulator.builder().uploadLimitWithLicense(1000)
                .uploadLimitWithoutLicense(100))) {
            RawApi api = new RawApi(emu.baseUrl());
            assertThat(api.upload(KEY, "attachment; filename=big.mp3", new byte[1001]).get("error").asText())
                    .isEqualTo("File is too large");
            assertThat(api.upload(KEY, "attachment; filename=fits.mp3", new byte[1000]).get("status").asText())
                    .isEqualTo("success");
            assertThat(api.upload("unknown", "attachment; filename=b.mp3", new byte[101]).get("error").asText())
                    .isEqualTo("File is too large");
        }
    }

    @Test
    void injectedFaultsHitTheNextRequestsOnly() throws Exception {
        try (LalalEmulator emu = start(LalalEmulator.builder())) {
            RawApi api = new RawApi(emu.baseUrl());
            emu.faults().next(Endpoint.LIMITS, 1, Fault.serverError(502));
            emu.faults().next(Endpoint.LIMITS, 1, Fault.malformedJson());
            emu.faults().next(Endpoint.LIMITS, 1, Fault.rateLimited(7));
            emu.faults().next(Endpoint.LIMITS, 1, Fault.stall(Duration.ofMillis(300)));
            HttpRequest limits = HttpRequest.newBuilder(URI.create(emu.baseUrl() + "/billing/get-limits/?key=" + KEY))
                    .build();

            HttpResponse<byte[]> html = api.send(limits);
            assertThat(html.statusCode()).isEqualTo(502);
            assertThat(html.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
            HttpResponse<byte[]> malformed = api.send(limits);
            assertThat(malformed.statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> RawApi.JSON.readTree(malformed.body())).isInstanceOf(IOException.class);
            HttpResponse<byte[]> limited = api.send(limits);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).contains("7");
            long started = System.nanoTime();
            assertThat(api.json(limits).get("status").asText()).isEqualTo("success");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(api.json(limits).get("status").asText()).isEqualTo("success");
            assertThat(emu.requestLog().count(Endpoint.LIMITS)).isEqualTo(5);
            // a reset connection: the JDK client repeats a GET once by itself, so use the upload (a POST)
            emu.faults().next(Endpoint.UPLOAD, 1, Fault.connectionReset());
            assertThatThrownBy(() -> api.upload(KEY, "attachment; filename=r.mp3", new byte[10]))
                    .isInstanceOf(IOException.class);
            assertThat(emu.requestLog().count(Endpoint.UPLOAD)).isEqualTo(1);
        }
    }

    @Test
    void chunkedUploadsAreStreamedAndCounted() throws Exception {
        try (LalalEmulator emu = start(LalalEmulator.builder())) {
            RawApi api = new RawApi(emu.baseUrl());
            byte[] body = new byte[300_000];
            HttpRequest chunked = api.post("/api/upload/").header("Authorization", "license " + KEY)
                    .header("Content-Disposition", "attachment; filename=chunked.mp3")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                    .build();

            JsonNode r = api.json(chunked);

            assertThat(status(api, KEY, r.get("id").asText()).get("size").asLong()).isEqualTo(body.length);
            assertThat(r.get("duration").asDouble()).isEqualTo(18.75); // 300,000 bytes at 128 kbit/s
            assertThat(emu.requestLog().of(Endpoint.UPLOAD).get(0).header("transfer-encoding")).isEqualTo("chunked");
        }
    }
}
