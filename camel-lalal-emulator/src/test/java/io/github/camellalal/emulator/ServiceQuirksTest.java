package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The switches that make the emulator send what the real service may send beyond the contract's examples. */
class ServiceQuirksTest {

    private static final String KEY = "quirks-key";
    private static final String UNKNOWN = "emulator_unknown_field";

    private static LalalEmulator start(UnaryOperator<LalalEmulator.Builder> quirks) {
        return quirks.apply(LalalEmulator.builder().license(EmulatorLicense.paid(KEY))
                .taskDuration(Duration.ofSeconds(1))).build().start();
    }

    /** Uploads (under an RFC 5987 name), splits and finishes a file; returns its check entry. */
    private static JsonNode finished(LalalEmulator emu, String name, byte[] content) throws Exception {
        RawApi api = new RawApi(emu.baseUrl());
        String id = api.upload(KEY, "attachment; filename*=UTF-8''" + java.net.URLEncoder.encode(name,
                java.nio.charset.StandardCharsets.UTF_8), content).get("id").asText();
        api.form("/api/split/", KEY, Map.of("id", id));
        emu.advanceClock(Duration.ofSeconds(2));
        return api.form("/api/check/", KEY, Map.of("id", id)).get("result").get(id);
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return new RawApi("").send(HttpRequest.newBuilder(URI.create(url)).build());
    }

    private static List<String> fields(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void uploadSizeAndExpiryAddTheOptionalFields() throws Exception {
        try (LalalEmulator emu = start(b -> b.uploadSizeAndExpiry(true))) {
            byte[] wav = RawApi.wav(8000, 8000);

            JsonNode r = new RawApi(emu.baseUrl()).upload(KEY, "attachment; filename=s.wav", wav);

            assertThat(fields(r)).containsExactly("status", "id", "size", "duration", "expires");
            assertThat(r.get("size").asLong()).isEqualTo(wav.length);
            assertThat(r.get("expires").asLong()).isBetween(System.currentTimeMillis() / 1000 + 86_000,
                    System.currentTimeMillis() / 1000 + 86_500);
        }
    }

    @Test
    void archiveEntryNullOrObjectSitsBesideTheIds() throws Exception {
        try (LalalEmulator nulled = start(b -> b.archiveEntry(ArchiveEntry.NULL));
             LalalEmulator object = start(b -> b.archiveEntry(ArchiveEntry.OBJECT))) {
            for (LalalEmulator emu : List.of(nulled, object)) {
                RawApi api = new RawApi(emu.baseUrl());
                String id = api.uploadId(KEY, "a.wav", RawApi.wav(100, 8000));
                JsonNode result = api.form("/api/check/", KEY, Map.of("id", id)).get("result");
                assertThat(fields(result)).containsExactly(id, "archive");
                if (emu == nulled) {
                    assertThat(result.get("archive").isNull()).isTrue();
                } else {
                    assertThat(fields(result.get("archive"))).containsExactly("status", "url", "size", "error");
                    assertThat(result.get("archive").get("url").asText()).startsWith(emu.baseUrl() + "/media/");
                }
            }
        }
    }

    @Test
    void unknownFieldsAppearInEveryObjectOfEveryAnswer() throws Exception {
        try (LalalEmulator emu = start(b -> b.unknownFields(true).archiveEntry(ArchiveEntry.OBJECT))) {
            RawApi api = new RawApi(emu.baseUrl());
            JsonNode file = finished(emu, "u.wav", RawApi.wav(800, 8000));
            String id = api.uploadId(KEY, "v.wav", RawApi.wav(800, 8000));
            JsonNode check = api.form("/api/check/", KEY, Map.of("id", id + ",00000000-0000-0000-0000-000000000000"));

            List<JsonNode> objects = List.of(api.upload(KEY, "attachment; filename=w.wav", RawApi.wav(8, 8000)),
                    file, file.get("task"), file.get("split"), check, check.get("result").get("archive"),
                    check.get("result").get("00000000-0000-0000-0000-000000000000"),
                    api.get("/billing/get-limits/?key=" + KEY, null), api.form("/api/check/", KEY, Map.of("id", "x")));
            assertThat(objects).allSatisfy(o -> assertThat(o.get(UNKNOWN).toString())
                    .isEqualTo("{\"note\":\"a field the contract does not show\",\"list\":[1,2]}"));
        }
    }

    @Test
    void downloadNamingRfc6266PlainHostileOrNone() throws Exception {
        Map<DownloadNaming, String> expected = Map.of(
                DownloadNaming.RFC6266, "attachment; filename=\"n_vocals_split_by_lalalai.wav\"",
                DownloadNaming.PLAIN, "attachment; filename=n_vocals_split_by_lalalai.wav",
                DownloadNaming.HOSTILE, "attachment; filename=\"../../lalal-escape/n_vocals_split_by_lalalai.wav\"");
        for (DownloadNaming naming : DownloadNaming.values()) {
            try (LalalEmulator emu = start(b -> b.downloadNaming(naming))) {
                HttpResponse<byte[]> track = get(finished(emu, "n.wav", RawApi.wav(800, 8000)).get("split")
                        .get("stem_track").asText());

                assertThat(track.statusCode()).isEqualTo(200);
                assertThat(track.headers().firstValue("Content-Disposition")).as(naming.name())
                        .isEqualTo(java.util.Optional.ofNullable(expected.get(naming)));
            }
        }
    }

    @Test
    void hostileNamesOfNonAsciiTracksClimbInBothParameters() throws Exception {
        try (LalalEmulator emu = start(b -> b.downloadNaming(DownloadNaming.HOSTILE))) {
            HttpResponse<byte[]> track = get(finished(emu, "ü.wav", RawApi.wav(800, 8000)).get("split")
                    .get("back_track").asText());

            assertThat(track.headers().firstValue("Content-Disposition")).contains("attachment; filename=\""
                    + "../../lalal-escape/__no_vocals_split_by_lalalai.wav\"; filename*=UTF-8''..%2F..%2Flalal-escape"
                    + "%2F%C3%BC_no_vocals_split_by_lalalai.wav");
        }
    }

    @Test
    void redirectMediaAnswers302ToTheTrackOnTheSameOrTheDownloadHost() throws Exception {
        try (LalalEmulator same = start(b -> b.redirectMedia(true));
             LalalEmulator cdn = start(b -> b.redirectMedia(true).separateDownloadHost(true))) {
            for (LalalEmulator emu : List.of(same, cdn)) {
                byte[] wav = RawApi.wav(800, 8000);
                String url = finished(emu, "r.wav", wav).get("split").get("stem_track").asText();
                assertThat(url).startsWith(emu.baseUrl() + "/media/");

                HttpResponse<byte[]> redirect = get(url);
                String location = redirect.headers().firstValue("Location").orElseThrow();
                HttpResponse<byte[]> track = get(location);

                assertThat(redirect.statusCode()).isEqualTo(302);
                assertThat(location).startsWith(emu.downloadBaseUrl() + url.substring(emu.baseUrl().length()) + "?");
                assertThat(track.statusCode()).isEqualTo(200);
                assertThat(track.body()).hasSize(wav.length);
                assertThat(track.headers().firstValue("Content-Disposition")).isPresent();
            }
            assertThat(cdn.downloadBaseUrl()).isNotEqualTo(cdn.baseUrl());
        }
    }

    @Test
    void previewWithSplitGivesBothResultsThePreviewCutTo30Seconds() throws Exception {
        try (LalalEmulator emu = start(b -> b.previewWithSplit(true).license(EmulatorLicense.starter("starter")))) {
            byte[] fortySeconds = RawApi.wav(8000 * 40, 8000);
            JsonNode file = finished(emu, "p.wav", fortySeconds);

            JsonNode split = file.get("split");
            JsonNode preview = file.get("preview");
            assertThat(split.get("duration").asDouble()).isEqualTo(40.0);
            assertThat(preview.get("duration").asDouble()).isEqualTo(30.0);
            assertThat(fields(preview)).isEqualTo(fields(split));
            assertThat(preview.get("stem_track").asText()).endsWith("/p_vocals_preview_split_by_lalalai.wav");
            HttpResponse<byte[]> previewTrack = get(preview.get("stem_track").asText());
            assertThat(previewTrack.body()).hasSize(44 + 8000 * 30 * 4)
                    .hasSize(preview.get("stem_track_size").asInt());
            assertThat(get(split.get("back_track").asText()).body()).hasSize(fortySeconds.length);
        }
    }
}
