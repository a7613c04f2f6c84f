package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests the OpenAPI's schemas refuse get 422 naming each problem; nothing starts. Auth comes first (401). */
class V1ValidationTest {

    private static final String KEY = "v1-validation-key";
    private static final String SS = "/api/v1/split/stem_separator/";
    private static final String MS = "/api/v1/split/multistem/";
    private static final String VC = "/api/v1/split/voice_clean/";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofSeconds(60)).build();

    private static String source;
    private final V1Http api = new V1Http(EMULATOR.baseUrl());

    @BeforeAll
    static void upload() throws Exception {
        source = new V1Http(EMULATOR.baseUrl()).uploadId(KEY, "a.wav", RawApi.wav(800, 8000));
    }

    private static String ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("\"" + V1Http.uuid() + "\"");
        }
        return "[" + String.join(",", ids) + "]";
    }

    private static String items(int n) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add("{\"source_id\":\"SRC\",\"presets\":{\"stem\":\"vocals\"}}");
        }
        return "{\"items\":[" + String.join(",", items) + "]}";
    }

    static Stream<Arguments> refused() {
        return Stream.of(
            Arguments.of("/api/v1/check/", "{}", "missing", "[\"body\",\"check_input\",\"task_ids\"]"),
            Arguments.of("/api/v1/check/", "{\"task_ids\":\"abc\"}", "list_type",
                    "[\"body\",\"check_input\",\"task_ids\"]"),
            Arguments.of("/api/v1/check/", "{\"task_ids\":" + ids(201) + "}", "too_long",
                    "[\"body\",\"check_input\",\"task_ids\"]"),
            Arguments.of("/api/v1/check/", "{\"task_ids\":[\"not-a-uuid\"]}", "uuid_parsing",
                    "[\"body\",\"check_input\",\"task_ids\",0]"),
            Arguments.of("/api/v1/check/", "{\"task_ids\":[7]}", "uuid_type",
                    "[\"body\",\"check_input\",\"task_ids\",0]"),
            Arguments.of("/api/v1/check/", "[]", "model_attributes_type", "[\"body\",\"check_input\"]"),
            Arguments.of("/api/v1/check/", "", "missing", "[\"body\",\"check_input\"]"),
            Arguments.of("/api/v1/cancel/", "{\"task_ids\":null}", "list_type",
                    "[\"body\",\"cancel_input\",\"task_ids\"]"),
            Arguments.of(SS, "{\"source_id\":\"SRC\",\"presets\":{\"stem\":\"guitar\"}}", "enum",
                    "[\"body\",\"split_input\",\"presets\",\"stem\"]"),
            Arguments.of(SS, "{\"source_id\":\"SRC\",\"presets\":{}}", "missing",
                    "[\"body\",\"split_input\",\"presets\",\"stem\"]"),
            Arguments.of(SS, "{\"source_id\":\"SRC\",\"presets\":{\"stem\":\"vocals\",\"splitter\":\"auto\"}}",
                    "enum", "[\"body\",\"split_input\",\"presets\",\"splitter\"]"),
            Arguments.of(SS, "{\"source_id\":\"SRC\",\"presets\":{\"stem\":\"vocals\",\"encoder_format\":\"wma\"}}",
                    "enum", "[\"body\",\"split_input\",\"presets\",\"encoder_format\"]"),
            Arguments.of(SS, "{\"source_id\":\"SRC\",\"presets\":{\"stem\":\"vocals\",\"dereverb_enabled\":\"true\"}}",
                    "bool_type", "[\"body\",\"split_input\",\"presets\",\"dereverb_enabled\"]"),
            Arguments.of(SS, "{\"source_id\":\"SRC\",\"presets\":{\"stem\":\"vocals\",\"multivocal\":\"all\"}}",
                    "literal_error", "[\"body\",\"split_input\",\"presets\",\"multivocal\"]"),
            Arguments.of(SS, "{\"source_id\":\"SRC\",\"presets\":{\"stem\":\"wind\",\"splitter\":\"orion\"}}",
                    "value_error", "[\"body\",\"split_input\",\"presets\"]"),
            Arguments.of(SS, "{\"source_id\":\"SRC\",\"presets\":{\"stem\":\"vocals\"},\"idempotency_key\":\"k\"}",
                    "uuid_parsing", "[\"body\",\"split_input\",\"idempotency_key\"]"),
            Arguments.of(SS, "{\"source_id\":42,\"presets\":{\"stem\":\"vocals\"}}", "uuid_type",
                    "[\"body\",\"split_input\",\"source_id\"]"),
            Arguments.of(VC, "{\"source_id\":\"SRC\",\"presets\":{\"stem\":\"vocals\"}}", "literal_error",
                    "[\"body\",\"split_input\",\"presets\",\"stem\"]"),
            Arguments.of(VC, "{\"source_id\":\"SRC\",\"presets\":{\"stem\":\"voice\",\"noise_cancelling_level\":3}}",
                    "enum", "[\"body\",\"split_input\",\"presets\",\"noise_cancelling_level\"]"),
            Arguments.of("/api/v1/split/demuser/", "{\"source_id\":\"SRC\",\"presets\":{}}", "missing",
                    "[\"body\",\"split_input\",\"presets\",\"stem\"]"),
            Arguments.of(MS, "{\"source_id\":\"SRC\",\"presets\":{\"stem_list\":[]}}", "too_short",
                    "[\"body\",\"split_input\",\"presets\",\"stem_list\"]"),
            Arguments.of(MS, "{\"source_id\":\"SRC\",\"presets\":{\"stem_list\":[\"vocals\",\"drum\",\"piano\","
                    + "\"bass\",\"electric_guitar\",\"acoustic_guitar\",\"vocals\"]}}", "too_long",
                    "[\"body\",\"split_input\",\"presets\",\"stem_list\"]"),
            Arguments.of(MS, "{\"source_id\":\"SRC\",\"presets\":{\"stem_list\":[\"vocals\",\"synthesizer\"]}}",
                    "enum", "[\"body\",\"split_input\",\"presets\",\"stem_list\",1]"),
            Arguments.of("/api/v1/split/batch/stem_separator/", items(101), "too_long",
                    "[\"body\",\"batch_input\",\"items\"]"),
            Arguments.of("/api/v1/split/batch/demuser/", "{\"items\":[]}", "too_short",
                    "[\"body\",\"batch_input\",\"items\"]"),
            Arguments.of("/api/v1/split/batch/stem_separator/", "{\"items\":[{\"source_id\":\"SRC\",\"presets\":"
                    + "{\"stem\":\"vocals\"}},{\"presets\":{\"stem\":\"vocals\"}}]}", "missing",
                    "[\"body\",\"batch_input\",\"items\",1,\"source_id\"]"),
            Arguments.of("/api/v1/delete/", "{}", "missing", "[\"body\",\"delete_input\",\"source_id\"]"),
            Arguments.of("/api/v1/change_voice/", "{\"source_id\":\"SRC\",\"presets\":{\"voice_pack_id\":"
                    + "\"ALEX_KAYE\",\"accent\":2}}", "less_than_equal",
                    "[\"body\",\"change_voice_input\",\"presets\",\"accent\"]"),
            Arguments.of("/api/v1/change_voice/", "{\"source_id\":\"SRC\",\"presets\":{}}", "missing",
                    "[\"body\",\"change_voice_input\",\"presets\",\"voice_pack_id\"]"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("refused")
    void refusedWith422NamingTheProblem(String path, String body, String type, String loc) throws Exception {
        V1Http.Answer a = api.post(path, KEY, body.replace("SRC", source));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.body().get("detail")).singleElement().satisfies(p -> {
            assertThat(V1Http.fields(p)).containsExactly("type", "loc", "msg");
            assertThat(p.get("type").asText()).isEqualTo(type);
            assertThat(p.get("loc")).isEqualTo(V1Http.JSON.readTree(loc));
            assertThat(p.get("msg").asText()).isNotBlank();
        });
        JsonNode left = api.post("/api/v1/cancel/all/", KEY, (Object) null).body().get("result");
        assertThat(left).as("no task started").isEmpty();
    }

    @Test
    void everyProblemOfABodyIsListed() throws Exception {
        V1Http.Answer a = api.post(SS, KEY, "{\"source_id\":\"x\",\"presets\":{\"stem\":\"kazoo\","
                + "\"splitter\":\"zeus\"}}");

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.body().get("detail")).extracting(p -> p.get("loc").toString()).containsExactlyInAnyOrder(
                "[\"body\",\"split_input\",\"source_id\"]", "[\"body\",\"split_input\",\"presets\",\"splitter\"]",
                "[\"body\",\"split_input\",\"presets\",\"stem\"]");
        assertThat(a.body().get("detail").findValuesAsText("msg")).contains("Input should be 'vocals', 'drum', "
                + "'piano', 'bass', 'electric_guitar', 'acoustic_guitar', 'synthesizer', 'strings' or 'wind'");
    }

    @Test
    void twoHundredCheckIdsAndAHundredBatchItemsAreAccepted() throws Exception {
        assertThat(api.post("/api/v1/check/", KEY, "{\"task_ids\":" + ids(200) + "}").body().get("result"))
                .hasSize(200);
        V1Http.Answer batch = api.post("/api/v1/split/batch/stem_separator/", KEY, items(100).replace("SRC", source));
        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.body().get("results")).hasSize(100)
                .allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("success"));
        assertThat(EMULATOR.requestLog().of(Endpoint.V1_BATCH_SPLIT)).singleElement()
                .satisfies(r -> assertThat(r.taskIds()).hasSize(100).doesNotHaveDuplicates());
        api.post("/api/v1/cancel/all/", KEY, (Object) null);
    }

    @Test
    void aMissingOrUnknownKeyIs401BeforeAnyValidationAndABodyThatIsNotJsonIs400() throws Exception {
        for (String key : new String[] { null, "wrong-key" }) {
            V1Http.Answer a = api.post(SS, key, "{}");
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.body()).isEqualTo(V1Http.JSON.readTree("{\"detail\":\"Unauthorized\"}"));
            assertThat(api.upload(key, "a.wav", RawApi.wav(10, 8000)).status()).isEqualTo(401);
        }
        V1Http.Answer notJson = api.post("/api/v1/check/", KEY, "task_ids=1");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).isEqualTo(V1Http.JSON.readTree("{\"detail\":\"Cannot parse request body\"}"));

        V1Http.Answer noName = api.send(api.request("/api/v1/upload/", KEY)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[10])).build());
        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.body().get("detail").get(0).get("loc"))
                .isEqualTo(V1Http.JSON.readTree("[\"header\",\"Content-Disposition\"]"));
    }
}
