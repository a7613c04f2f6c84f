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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the contract does not describe is refused, as the service would plausibly refuse it. */
class StrictnessTest {

    private static final String KEY = "strict-key";
    private static final String OTHER_KEY = "other-strict-key";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).license(EmulatorLicense.paid(OTHER_KEY))
            .taskDuration(Duration.ofSeconds(60)).build();

    private final RawApi api = new RawApi(EMULATOR.baseUrl());
    private final byte[] wav = RawApi.wav(800, 8000);

    private HttpResponse<byte[]> send(String method, String pathAndQuery, String contentType, String body)
            throws Exception {
        HttpRequest.Builder b = api.post(pathAndQuery).header("Authorization", "license " + KEY)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return api.send(b.build());
    }

    private static List<String> fields(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void unknownPathsAndKnownOnesWithoutTrailingSlashAnswer404() throws Exception {
        String id = api.uploadId(KEY, "a.wav", wav);
        EMULATOR.requestLog().clear();
        String form = "application/x-www-form-urlencoded";

        List<HttpResponse<byte[]>> answers = List.of(
                api.send(api.post("/api/upload").header("Authorization", "license " + KEY)
                        .header("Content-Disposition", "attachment; filename=a.wav")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(wav)).build()),
                send("POST", "/api/split", form, "params=%5B%7B%22id%22%3A%22" + id + "%22%7D%5D"),
                send("POST", "/api/check", form, "id=" + id),
                send("POST", "/api/cancel", form, "id=" + id),
                send("GET", "/billing/get-limits?key=" + KEY, null, null),
                send("POST", "/api/nothing/", form, "id=" + id),
                send("POST", "/api/check//", form, "id=" + id),
                send("GET", "/", null, null));

        assertThat(answers).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(new String(r.body())).contains("<h1>Not Found</h1>");
        });
        assertThat(EMULATOR.requestLog().all()).hasSize(answers.size())
                .allSatisfy(r -> assertThat(r.endpoint()).isEqualTo(Endpoint.OTHER));
        assertThat(api.form("/api/check/", KEY, Map.of("id", id)).get("result").get(id).get("task").isNull())
                .as("the split without slash did nothing").isTrue();
    }

    @Test
    void wrongMethodsAnswer405WithAllowAndNoBody() throws Exception {
        String id = api.uploadId(KEY, "m.wav", wav);

        Map<HttpResponse<byte[]>, String> answers = Map.of(
                send("GET", "/api/check/?id=" + id, null, null), "POST",
                send("GET", "/api/upload/", null, null), "POST",
                send("PUT", "/api/split/", "application/x-www-form-urlencoded", "id=" + id), "POST",
                send("DELETE", "/api/cancel/", null, null), "POST",
                send("POST", "/billing/get-limits/?key=" + KEY, null, null), "GET",
                send("POST", "/media/" + id + "/m_vocals_split_by_lalalai.wav", null, null), "GET");

        answers.forEach((r, allow) -> {
            assertThat(r.statusCode()).as(r.request().method() + " " + r.uri()).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).contains(allow);
            assertThat(r.body()).isEmpty();
        });
    }

    @Test
    void aPostTakesFormFieldsFromItsBodyNeverFromItsQueryString() throws Exception {
        String id = api.uploadId(KEY, "q.wav", wav);
        String form = "application/x-www-form-urlencoded";

        for (String path : List.of("/api/check/?id=" + id, "/api/cancel/?id=" + id,
                "/api/split/?id=" + id, "/api/split/?params=%5B%7B%22id%22%3A%22" + id + "%22%7D%5D")) {
            assertThat(RawApi.JSON.readTree(send("POST", path, form, "").body()).toString()).as(path)
                    .isEqualTo("{\"status\":\"error\",\"error\":\"Invalid file id\"}");
        }
        assertThat(api.form("/api/check/", KEY, Map.of("id", id)).get("result").get(id).get("task").isNull())
                .isTrue();
    }

    @Test
    void aBodyIsAFormOnlyWithAFormContentType() throws Exception {
        String id = api.uploadId(KEY, "c.wav", wav);

        for (String type : new String[] { null, "text/plain", "application/json", "multipart/form-data" }) {
            assertThat(RawApi.JSON.readTree(send("POST", "/api/check/", type, "id=" + id).body()).toString())
                    .as("Content-Type " + type).isEqualTo("{\"status\":\"error\",\"error\":\"Invalid file id\"}");
        }
        JsonNode urlencoded = RawApi.JSON.readTree(send("POST", "/api/check/",
                "application/x-www-form-urlencoded; charset=UTF-8", "id=" + id).body());
        assertThat(urlencoded.get("result").get(id).get("status").asText()).isEqualTo("success");
    }

    @Test
    void aLicenseCannotCheckSplitOrCancelAnotherLicensesFiles() throws Exception {
        String mine = api.uploadId(KEY, "mine.wav", wav);
        api.form("/api/split/", KEY, Map.of("id", mine));
        String unknown = UUID.randomUUID().toString();

        JsonNode checked = api.form("/api/check/", OTHER_KEY, Map.of("id", mine + "," + unknown)).get("result");
        JsonNode split = api.form("/api/split/", OTHER_KEY, Map.of("id", mine));
        JsonNode cancelled = api.form("/api/cancel/", OTHER_KEY, Map.of("id", mine));

        assertThat(checked.get(mine)).as("as if unknown").isEqualTo(checked.get(unknown));
        assertThat(checked.get(mine).toString()).isEqualTo("{\"status\":\"error\",\"error\":\"File not found\"}");
        assertThat(split.toString()).isEqualTo("{\"status\":\"error\",\"error\":\"Invalid file id\"}");
        assertThat(cancelled.toString()).isEqualTo("{\"status\":\"error\",\"error\":\"Invalid file id\"}");
        JsonNode own = api.form("/api/check/", KEY, Map.of("id", mine)).get("result").get(mine);
        assertThat(own.get("task").get("state").asText()).as("still running").isEqualTo("progress");
        assertThat(own.get("stem").asText()).as("the owner's split, not the other's").isEqualTo("vocals");
    }

    @Test
    void uploadChecksTheFileNameBeforeTheLicense() throws Exception {
        String noName = "{\"status\":\"error\",\"error\":\"No file name (use the Content-Disposition header)\"}";

        assertThat(api.upload(null, null, wav).toString()).isEqualTo(noName);
        assertThat(api.upload(null, "attachment", wav).toString()).isEqualTo(noName);
        assertThat(api.upload(KEY, null, wav).toString()).isEqualTo(noName);
        assertThat(api.upload(null, "attachment; filename=a.wav", wav).get("error").asText())
                .isEqualTo("No lisence (use Authorization header)");
    }

    @Test
    void answersCarryOnlyTheFieldsTheContractShows() throws Exception {
        JsonNode upload = api.upload(KEY, "attachment; filename=f.wav", wav);
        String id = upload.get("id").asText();
        api.form("/api/split/", KEY, Map.of("id", id));
        JsonNode check = api.form("/api/check/", KEY, Map.of("id", id));

        assertThat(fields(upload)).containsExactly("status", "id", "duration");
        assertThat(fields(check)).containsExactly("status", "result");
        assertThat(fields(check.get("result"))).containsExactly(id);
        assertThat(fields(check.get("result").get(id))).containsExactly("status", "name", "size", "duration",
                "splitter", "stem", "preview", "split", "player", "task");
        assertThat(fields(api.get("/billing/get-limits/?key=" + KEY, null))).containsExactly("status", "option",
                "email", "process_duration_limit", "process_duration_used", "process_duration_left");
    }

    @Test
    void anIdListWithAnEmptyEntryOrSpacesIsMalformed() throws Exception {
        String id = api.uploadId(KEY, "l.wav", wav);

        for (String list : List.of(id + ",", "," + id, id + ",," + id, " " + id, id + ", " + id, "")) {
            assertThat(api.form("/api/check/", KEY, Map.of("id", list)).toString()).as("'" + list + "'")
                    .isEqualTo("{\"status\":\"error\",\"error\":\"Invalid file id\"}");
        }
        assertThat(api.form("/api/check/", KEY, Map.of("id", id + "," + id)).get("result").size()).isEqualTo(1);
    }

    @Test
    void tracksAreServedOnlyUnderTheirOwnNames() throws Exception {
        try (LalalEmulator emu = LalalEmulator.builder().license(EmulatorLicense.paid(KEY))
                .taskDuration(Duration.ofSeconds(1)).build().start()) {
            RawApi raw = new RawApi(emu.baseUrl());
            String id = raw.uploadId(KEY, "t.wav", wav);
            raw.form("/api/split/", KEY, Map.of("id", id));
            emu.advanceClock(Duration.ofSeconds(2));
            String url = raw.form("/api/check/", KEY, Map.of("id", id)).get("result").get(id).get("split")
                    .get("stem_track").asText();

            assertThat(raw.send(HttpRequest.newBuilder(URI.create(url)).build()).statusCode()).isEqualTo(200);
            for (String bad : List.of(url + "x", url.replace(id, UUID.randomUUID().toString()),
                    emu.baseUrl() + "/media/" + id + "/upload.bin", emu.baseUrl() + "/media/" + id)) {
                assertThat(raw.send(HttpRequest.newBuilder(URI.create(bad)).build()).statusCode()).as(bad)
                        .isEqualTo(404);
            }
        }
    }
}
