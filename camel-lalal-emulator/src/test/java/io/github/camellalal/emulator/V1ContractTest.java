package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The v1 OpenAPI's examples replayed (request examples sent as they are, error examples compared as they are), and
 * every endpoint's answer shaped as its schema: the required fields, and only the fields the examples show.
 */
class V1ContractTest {

    private static final String KEY = "v1-contract-key";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofSeconds(60)).build();

    private final V1Http api = new V1Http(EMULATOR.baseUrl());
    private final byte[] wav = RawApi.wav(16000, 8000);

    @Test
    void uploadAnswersTheUploadResponseFields() throws Exception {
        V1Http.Answer a = api.upload(KEY, "song.wav", wav);

        assertThat(a.status()).isEqualTo(200);
        assertThat(V1Http.fields(a.body())).containsExactly("id", "name", "size", "duration", "expires");
        assertThat(a.body().get("name").asText()).isEqualTo("song.wav");
        assertThat(a.body().get("size").asLong()).isEqualTo(wav.length);
        assertThat(a.body().get("duration").isIntegralNumber()).isTrue();
        assertThat(a.body().get("duration").asInt()).isEqualTo(2);
        assertThat(a.body().get("expires").isIntegralNumber()).isTrue();
        assertThat(EMULATOR.requestLog().of(Endpoint.V1_UPLOAD)).singleElement()
                .satisfies(r -> assertThat(r.sourceIds()).containsExactly(a.body().get("id").asText()));
    }

    @Test
    void aSplitTaskIsCheckedInProgressThenWithItsTracksAsTheCheckExampleShows() throws Exception {
        String source = api.uploadId(KEY, "song.wav", wav);
        V1Http.Answer split = api.post("/api/v1/split/stem_separator/", KEY, V1Http.item(source, "vocals", null));
        assertThat(split.status()).isEqualTo(200);
        assertThat(V1Http.fields(split.body())).containsExactly("task_id");
        String task = split.body().get("task_id").asText();

        JsonNode progress = api.check(KEY, task).body().get("result").get(task);
        assertThat(V1Http.fields(progress)).containsExactly("source_id", "presets", "status", "progress");
        assertThat(progress.get("status").asText()).isEqualTo("progress");
        assertThat(progress.get("progress").asInt()).isZero();
        // the keys and values the contract's check example shows for a stem separator task, auto resolved
        assertThat(progress.get("presets")).isEqualTo(V1Http.JSON.readTree("""
                {"dereverb_enabled": false, "encoder_format": null, "enhanced_processing_enabled": false,
                 "label": "enhanced", "multivocal": null, "splitter": "phoenix", "stem": "vocals",
                 "task_type": "split"}"""));

        EMULATOR.emulator().advanceClock(Duration.ofSeconds(90));
        JsonNode done = api.check(KEY, task).body().get("result").get(task);
        assertThat(V1Http.fields(done)).containsExactly("source_id", "presets", "status", "result");
        assertThat(done.get("source_id").asText()).isEqualTo(source);
        assertThat(done.get("status").asText()).isEqualTo("success");
        assertThat(V1Http.fields(done.get("result"))).containsExactly("duration", "tracks");
        assertThat(done.get("result").get("duration").asInt()).isEqualTo(2);
        JsonNode tracks = done.get("result").get("tracks");
        assertThat(tracks).hasSize(2);
        assertThat(V1Http.fields(tracks.get(0))).containsExactly("label", "type", "url");
        assertThat(List.of(tracks.get(0).get("label").asText(), tracks.get(0).get("type").asText(),
                tracks.get(1).get("label").asText(), tracks.get(1).get("type").asText()))
                .containsExactly("vocals", "stem", "no_vocals", "back");

        HttpResponse<byte[]> track = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(tracks.get(0).get("url").asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(track.statusCode()).isEqualTo(200);
        assertThat(track.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(track.headers().firstValue("Content-Disposition")).get().asString()
                .contains("song_vocals_split_by_lalalai.wav");
        assertThat(track.body()).hasSize(wav.length);
    }

    @Test
    void theCheckRequestExampleAnswersEachUnknownIdWithAServerErrorResult() throws Exception {
        List<String> ids = List.of("2fe8f214-1771-4900-9e7e-570f823bd359", "8cad7e3d-a5a3-4e79-9463-59cd4da16977",
                "cb443802-e5be-44c2-bdd8-cb1d343c7d25", "f4978ff5-8e0b-4fdc-913a-e350eeb16d31");

        V1Http.Answer a = api.post("/api/v1/check/", KEY, Map.of("task_ids", ids));

        assertThat(a.status()).isEqualTo(200);
        assertThat(V1Http.fields(a.body())).containsExactly("result");
        assertThat(V1Http.fields(a.body().get("result"))).containsExactlyElementsOf(ids);
        for (String id : ids) {
            assertThat(a.body().get("result").get(id)).isEqualTo(V1Http.JSON.readTree(
                    "{\"status\":\"server_error\",\"error\":\"Failed to extract information about task\"}"));
        }
        assertThat(EMULATOR.requestLog().of(Endpoint.V1_CHECK)).singleElement()
                .satisfies(r -> assertThat(r.taskIds()).containsExactlyElementsOf(ids));
    }

    @Test
    void theCommonErrorResponseExampleIsTheAnswerToASplitWithoutSourceAndPresets() throws Exception {
        V1Http.Answer a = api.post("/api/v1/split/stem_separator/", KEY, "{}");

        assertThat(a.status()).isEqualTo(422);
        // the example's own value, verbatim
        assertThat(a.body()).isEqualTo(V1Http.JSON.readTree("""
                {"detail": [
                  {"loc": ["body", "split_input", "source_id"], "msg": "Field required", "type": "missing"},
                  {"loc": ["body", "split_input", "presets"], "msg": "Field required", "type": "missing"}]}"""));
    }

    @Test
    void theCancelRequestExampleIsRefusedBecauseItsSecondIdIsNotTheUuid4ItsSchemaRequires() throws Exception {
        V1Http.Answer a = api.post("/api/v1/cancel/", KEY, Map.of("task_ids",
                List.of("550e8400-e29b-41d4-a716-446655440000", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.body()).isEqualTo(V1Http.JSON.readTree("""
                {"detail": [{"type": "uuid_version", "loc": ["body", "cancel_input", "task_ids", 1],
                  "msg": "UUID version 4 expected"}]}"""));

        V1Http.Answer first = api.post("/api/v1/cancel/", KEY,
                Map.of("task_ids", List.of("550e8400-e29b-41d4-a716-446655440000")));
        assertThat(first.body()).isEqualTo(V1Http.JSON.readTree("""
                {"result": {"550e8400-e29b-41d4-a716-446655440000":
                  {"status": "server_error", "error": "Failed to extract information about task"}}}"""));
    }

    @Test
    void theDeleteExampleOfAnUnknownSourceAnswersAnApiV1Error() throws Exception {
        V1Http.Answer a = api.post("/api/v1/delete/", KEY,
                Map.of("source_id", "550e8400-e29b-41d4-a716-446655440000"));

        assertThat(a.status()).isEqualTo(400);
        assertThat(V1Http.fields(a.body())).containsExactly("detail", "code");
        assertThat(a.body().get("code").asText()).isEqualTo("source_not_found");
    }

    @Test
    void batchLimitsVoicePacksAndVoiceChangeAnswerTheirSchemas() throws Exception {
        String source = api.uploadId(KEY, "talk.wav", wav);
        String unknown = V1Http.uuid();

        V1Http.Answer batch = api.post("/api/v1/split/batch/voice_clean/", KEY, Map.of("items", List.of(
                Map.of("source_id", source, "presets", Map.of("stem", "voice", "noise_cancelling_level", 2)),
                Map.of("source_id", unknown, "presets", Map.of("stem", "voice")))));
        assertThat(batch.status()).isEqualTo(200);
        assertThat(V1Http.fields(batch.body())).containsExactly("results");
        JsonNode ok = batch.body().get("results").get(0);
        assertThat(V1Http.fields(ok)).containsExactly("status", "task_id", "source_id");
        assertThat(ok.get("status").asText()).isEqualTo("success");
        assertThat(batch.body().get("results").get(1)).isEqualTo(V1Http.JSON.createObjectNode()
                .put("status", "error").put("error", V1Errors.SOURCE_GONE).put("code", "internal_error")
                .put("source_id", unknown));

        V1Http.Answer limits = api.post("/api/v1/limits/minutes_left/", KEY, (Object) null);
        assertThat(V1Http.fields(limits.body())).containsExactly("minutes_left");
        assertThat(limits.body().get("minutes_left").isNumber()).isTrue();

        assertThat(api.post("/api/v1/voice_packs/list/", KEY, (Object) null).body())
                .isEqualTo(V1Http.JSON.readTree("{\"packs\": []}"));

        V1Http.Answer voice = api.post("/api/v1/change_voice/", KEY, Map.of("source_id", source,
                "presets", Map.of("voice_pack_id", "ALEX_KAYE", "accent", 0.33)));
        assertThat(V1Http.fields(voice.body())).containsExactly("task_id");
        String task = voice.body().get("task_id").asText();
        EMULATOR.emulator().advanceClock(Duration.ofSeconds(90));
        JsonNode done = api.check(KEY, task).body().get("result").get(task);
        assertThat(done.get("presets").get("task_type").asText()).isEqualTo("voice_convert");
        assertThat(done.get("result").get("tracks")).singleElement().satisfies(t -> {
            assertThat(t.get("label").asText()).isEqualTo("converted_mix");
            assertThat(t.get("type").asText()).isEqualTo("back");
        });
        assertThat(api.post("/api/v1/change_voice/", KEY, Map.of("source_id", source,
                "presets", Map.of("voice_pack_id", "NOBODY"))).body().get("code").asText())
                .isEqualTo("voice_pack_not_found");
    }

    @Test
    void onlyTheContractsPathsAndMethodsAreServed() throws Exception {
        for (String path : List.of("/api/v1/check", "/api/v1/split/batch/multistem/", "/api/v1/split/",
                "/api/v1/nothing/", "/api/v1/cancel/all")) {
            V1Http.Answer a = api.post(path, KEY, Map.of("task_ids", List.of()));
            assertThat(a.status()).as(path).isEqualTo(404);
            assertThat(a.header("Content-Type")).as(path).startsWith("text/html");
        }
        V1Http.Answer get = api.send(api.request("/api/v1/check/", KEY).GET().build());
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertThat(api.send(api.request("/api/v1/limits/minutes_left/", KEY).GET().build()).status())
                .isEqualTo(405);
        assertThat(EMULATOR.requestLog().count(Endpoint.OTHER)).isEqualTo(5);
    }
}
