package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The emulator's answers beyond the contract's own examples (those are replayed in {@link ContractReplayTest}):
 * RFC 6266 names, both form encodings, flat split fields, and the emulator's own texts where the contract gives none.
 */
class EmulatorAnswersTest {

    static final String KEY = "contract-key";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofSeconds(60)).build();

    private final RawApi api = new RawApi(EMULATOR.baseUrl());
    private final byte[] wav = RawApi.wav(16000, 8000);

    @Test
    void uploadReadsTheWholeBodyAndTheWavDuration() throws Exception {
        JsonNode r = api.upload(KEY, "attachment; filename=song.wav", wav);
        String id = r.get("id").asText();

        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(r.get("duration").asDouble()).isEqualTo(2.0);
        assertThat(EMULATOR.requestLog().of(Endpoint.UPLOAD).get(0).bodyBytes()).isEqualTo(wav.length);
        assertThat(api.form("/api/check/", KEY, Map.of("id", id)).get("result").get(id).get("size").asLong())
                .isEqualTo(wav.length);
    }

    @Test
    void uploadWithAnEmptyNameOrWithoutLicenseGetsTheEmulatorsOwnChoiceOfTexts() throws Exception {
        assertThat(api.upload(KEY, null, wav).toString())
                .isEqualTo("{\"status\":\"error\",\"error\":\"No file name (use the Content-Disposition header)\"}");
        assertThat(api.upload(KEY, "attachment; filename=\"\"", wav).get("error").asText())
                .isEqualTo("No file name (use the Content-Disposition header)");
        // split's documented text, chosen for an upload with a name but no license
        assertThat(api.upload(null, "attachment; filename=a.wav", wav).get("error").asText())
                .isEqualTo("No lisence (use Authorization header)");
    }

    @Test
    void rfc6266NamesQuotedTokenAndExtended() throws Exception {
        String quoted = api.upload(KEY, "attachment; filename=\"my song; live.wav\"", wav).get("id").asText();
        String extended = api.upload(KEY,
                "attachment; filename=\"fallback.wav\"; filename*=UTF-8''%C3%BCber%20mich.wav",
                wav).get("id").asText();

        JsonNode result = api.form("/api/check/", KEY, Map.of("id", quoted + "," + extended)).get("result");
        assertThat(result.get(quoted).get("name").asText()).isEqualTo("my song; live.wav");
        assertThat(result.get(extended).get("name").asText()).isEqualTo("über mich.wav");
    }

    @Test
    void splitAcceptsParamsAsMultipartAndUrlencodedAndFlatFieldsWithPythonBooleans() throws Exception {
        String a = api.uploadId(KEY, "a.wav", wav);
        String b = api.uploadId(KEY, "b.wav", wav);
        String c = api.uploadId(KEY, "c.wav", wav);
        String params = "[{\"id\":\"" + a + "\",\"stem\":\"drum\",\"filter\":2,\"splitter\":\"orion\"}]";

        assertThat(api.multipart("/api/split/", KEY, Map.of("params", params)).toString())
                .isEqualTo("{\"status\":\"success\"}");
        assertThat(api.form("/api/split/", KEY, Map.of("params", "[{\"id\":\"" + b + "\"}]")).get("status").asText())
                .isEqualTo("success");
        assertThat(api.form("/api/split/", KEY, Map.of("id", c, "stem", "voice", "dereverb_enabled", "True",
                "noise_cancelling_level", "2")).get("status").asText()).isEqualTo("success");

        JsonNode result = api.form("/api/check/", KEY, Map.of("id", a + "," + b + "," + c)).get("result");
        assertThat(result.get(a).get("stem").asText()).isEqualTo("drum");
        assertThat(result.get(a).get("splitter").asText()).isEqualTo("orion");
        assertThat(result.get(b).get("stem").asText()).isEqualTo("vocals");
        assertThat(result.get(b).get("splitter").asText()).isEqualTo("phoenix");
        assertThat(result.get(c).get("stem").asText()).isEqualTo("voice");
        assertThat(result.get(a).get("task").toString())
                .isEqualTo("{\"state\":\"progress\",\"error\":null,\"progress\":0}");
    }

    @Test
    void splitErrorsUseTheEmulatorsOwnTexts() throws Exception {
        String id = api.uploadId(KEY, "e.wav", wav);
        String txt = api.uploadId(KEY, "notes.txt", new byte[] { 1, 2 });

        assertThat(api.form("/api/split/", null, Map.of("params", "[{\"id\":\"" + id + "\"}]")).toString())
                .isEqualTo("{\"status\":\"error\",\"error\":\"No lisence (use Authorization header)\"}");
        assertThat(api.form("/api/split/", KEY, Map.of("params", "[{\"id\":\"" + id
                + "\",\"splitter\":\"perseus\",\"stem\":\"piano\"}]")).get("error").asText())
                .isEqualTo("Splitter perseus does not support stem piano");
        assertThat(api.form("/api/split/", KEY, Map.of("id", id, "stem", "kazoo")).get("error").asText())
                .isEqualTo("Unknown stem: kazoo");
        assertThat(api.form("/api/split/", KEY, Map.of("id", id, "stem", "voice", "noise_cancelling_level", "5"))
                .get("error").asText()).startsWith("Invalid noise_cancelling_level: 5");
        assertThat(api.form("/api/split/", KEY, Map.of("params", "not json")).get("error").asText())
                .startsWith("Invalid params");
        assertThat(api.form("/api/split/", KEY, Map.of("id", txt)).get("error").asText())
                .isEqualTo("Invalid extension");
        assertThat(api.form("/api/split/", KEY, Map.of("id", UUID.randomUUID().toString())).get("error").asText())
                .isEqualTo("Invalid file id");
    }

    @Test
    void checkBeforeAnySplitAnswersNullForSplitterStemResultsAndTask() throws Exception {
        String id = api.uploadId(KEY, "checked.wav", wav);

        JsonNode result = api.multipart("/api/check/", KEY, Map.of("id", id)).get("result");

        assertThat(result.has("archive")).as("archive only with a switch").isFalse();
        JsonNode f = result.get(id);
        assertThat(f.get("status").asText()).isEqualTo("success");
        assertThat(f.get("name").asText()).isEqualTo("checked.wav");
        assertThat(f.get("size").asLong()).isEqualTo(wav.length);
        assertThat(f.get("duration").asDouble()).isEqualTo(2.0);
        for (String k : new String[] { "splitter", "stem", "preview", "split", "player", "task" }) {
            assertThat(f.get(k).isNull()).as(k).isTrue();
        }
    }

    @Test
    void unknownIdsAndCancelWithoutLicenseGetTheEmulatorsOwnTexts() throws Exception {
        assertThat(api.form("/api/check/", KEY, Map.of("id", "x,y")).toString())
                .isEqualTo("{\"status\":\"error\",\"error\":\"Invalid file id\"}");
        assertThat(api.form("/api/check/", null, Map.of("id", UUID.randomUUID().toString())).get("error").asText())
                .isEqualTo("No lisence (use Authorization header)");
        String unknown = UUID.randomUUID().toString();
        assertThat(api.form("/api/check/", KEY, Map.of("id", unknown)).get("result").get(unknown).toString())
                .isEqualTo("{\"status\":\"error\",\"error\":\"File not found\"}");
        assertThat(api.form("/api/cancel/", KEY, Map.of("id", unknown)).toString())
                .isEqualTo("{\"status\":\"error\",\"error\":\"Invalid file id\"}");
        assertThat(api.form("/api/cancel/", null, Map.of("id", unknown)).get("error").asText())
                .isEqualTo("CSRF token missing or incorrect.");
    }

    @Test
    void cancelSetsTheStateToCancelled() throws Exception {
        String id = api.uploadId(KEY, "x.wav", wav);
        api.form("/api/split/", KEY, Map.of("id", id));

        assertThat(api.multipart("/api/cancel/", KEY, Map.of("id", id)).toString())
                .isEqualTo("{\"status\":\"success\"}");

        JsonNode task = api.form("/api/check/", KEY, Map.of("id", id)).get("result").get(id).get("task");
        assertThat(task.toString()).isEqualTo("{\"state\":\"cancelled\",\"error\":null,\"progress\":null}");
    }

    @Test
    void getLimitsReportsThePlanAndItsMinutes() throws Exception {
        JsonNode r = api.get("/billing/get-limits/?key=" + KEY, null);

        assertThat(r.get("status").asText()).isEqualTo("success");
        assertThat(r.get("option").asText()).isEqualTo("Plus");
        assertThat(r.get("email").asText()).contains("@");
        assertThat(r.get("process_duration_limit").asDouble()).isEqualTo(300.0);
        assertThat(r.has("process_duration_used")).isTrue();
        assertThat(r.has("process_duration_left")).isTrue();
        assertThat(api.get("/billing/get-limits/?key=nope", null).toString())
                .isEqualTo("{\"status\":\"error\",\"error\":\"License not found\"}");
    }
}
