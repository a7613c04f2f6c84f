package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each example of the contract ({@code lalal-api.md}), replayed byte for byte as its curl command sends it, gets the
 * documented answer: the exact text where the contract gives one, else exactly the fields it shows.
 */
class ContractReplayTest {

    /** The license of the contract's examples. */
    private static final String KEY = "14abcde0";
    private static final String BOUNDARY = "------------------------4f1c2a9b7d3e5a60";

    private static LalalEmulator start() {
        return LalalEmulator.builder().license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofSeconds(10))
                .build().start();
    }

    /** {@code curl --url .../api/upload/ --data-binary @any_file.mp3 [--header ...]}. */
    private static RawHttp.Answer upload(LalalEmulator emu, String headers, byte[] file) throws Exception {
        return RawHttp.send(emu.port(), RawHttp.curl("POST", "/api/upload/", emu.port(), headers
                + "Content-Length: " + file.length + "\r\nContent-Type: application/x-www-form-urlencoded\r\n", file));
    }

    /** {@code curl --url <path> [--header "Authorization: license 14abcde0"] --form-string "<name>=<value>"}. */
    private static RawHttp.Answer form(LalalEmulator emu, String path, boolean license, String name, String value)
            throws Exception {
        byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String headers = (license ? "Authorization: license " + KEY + "\r\n" : "") + "Content-Length: "
                + body.length + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n";
        return RawHttp.send(emu.port(), RawHttp.curl("POST", path, emu.port(), headers, body));
    }

    private static String uploaded(LalalEmulator emu) throws Exception {
        return json(upload(emu, "Content-Disposition: attachment; filename=any_file.mp3\r\nAuthorization: license "
                + KEY + "\r\n", new byte[16_000])).get("id").asText();
    }

    private static JsonNode json(RawHttp.Answer a) throws Exception {
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.headers().get("content-type")).isEqualTo("application/json");
        return RawApi.JSON.readTree(a.body());
    }

    private static List<String> fields(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void uploadWithNameAndLicenseAnswersStatusIdAndDuration() throws Exception {
        try (LalalEmulator emu = start()) {
            JsonNode r = json(upload(emu, "Content-Disposition: attachment; filename=any_file.mp3\r\n"
                    + "Authorization: license " + KEY + "\r\n", new byte[16_000]));

            assertThat(fields(r)).containsExactly("status", "id", "duration");
            assertThat(r.get("status").asText()).isEqualTo("success");
            assertThat(UUID.fromString(r.get("id").asText())).isNotNull();
            assertThat(r.get("duration").isNumber()).isTrue();
        }
    }

    @Test
    void uploadWithoutNameAndLicenseAnswersNoFileName() throws Exception {
        try (LalalEmulator emu = start()) {
            assertThat(upload(emu, "", new byte[16_000]).text()).isEqualTo(
                    "{\"status\":\"error\",\"error\":\"No file name (use the Content-Disposition header)\"}");
        }
    }

    @Test
    void splitWithLicenseAndFilterAnswersSuccessAndWithoutLicenseNoLisence() throws Exception {
        try (LalalEmulator emu = start()) {
            String id = uploaded(emu);
            String params = "[{\"id\": \"" + id + "\", \"stem\": \"vocals\", \"filter\": 2}]";

            assertThat(form(emu, "/api/split/", false, "params", params).text())
                    .isEqualTo("{\"status\":\"error\",\"error\":\"No lisence (use Authorization header)\"}");
            assertThat(form(emu, "/api/split/", true, "params", params).text()).isEqualTo("{\"status\":\"success\"}");
        }
    }

    @Test
    void checkAnswersEachIdWithTheFieldsTheContractShowsThroughTheLifeCycle() throws Exception {
        try (LalalEmulator emu = start()) {
            String id = uploaded(emu);
            JsonNode uploadedOnly = json(form(emu, "/api/check/", true, "id", id));
            form(emu, "/api/split/", true, "params", "[{\"id\": \"" + id + "\"}]");
            JsonNode running = json(form(emu, "/api/check/", true, "id", id));
            emu.advanceClock(Duration.ofSeconds(10));
            JsonNode done = json(form(emu, "/api/check/", true, "id", id));

            for (JsonNode answer : List.of(uploadedOnly, running, done)) {
                assertThat(fields(answer)).containsExactly("status", "result");
                assertThat(fields(answer.get("result"))).containsExactly(id);
                assertThat(fields(answer.get("result").get(id))).containsExactly("status", "name", "size",
                        "duration", "splitter", "stem", "preview", "split", "player", "task");
            }
            assertThat(uploadedOnly.get("result").get(id).get("task").isNull()).isTrue();
            JsonNode task = running.get("result").get(id).get("task");
            assertThat(fields(task)).containsExactly("state", "error", "progress");
            assertThat(task.get("state").asText()).isEqualTo("progress");
            JsonNode file = done.get("result").get(id);
            assertThat(file.get("task").toString())
                    .isEqualTo("{\"state\":\"success\",\"error\":null,\"progress\":100}");
            assertThat(fields(file.get("split"))).containsExactly("duration", "stem", "stem_track", "stem_track_size",
                    "back_track", "back_track_size");
            assertThat(file.get("preview").isNull()).isTrue();
            assertThat(file.get("player").isNull()).isTrue();
        }
    }

    @Test
    void checkOfAMalformedIdListAnswersInvalidFileId() throws Exception {
        try (LalalEmulator emu = start()) {
            assertThat(form(emu, "/api/check/", true, "id", "not-a-file-id").text())
                    .isEqualTo("{\"status\":\"error\",\"error\":\"Invalid file id\"}");
        }
    }

    @Test
    void cancelAnswersSuccessAndForABadIdInvalidFileId() throws Exception {
        try (LalalEmulator emu = start()) {
            String id = uploaded(emu);
            form(emu, "/api/split/", true, "params", "[{\"id\": \"" + id + "\"}]");

            assertThat(form(emu, "/api/cancel/", true, "id", id).text()).isEqualTo("{\"status\":\"success\"}");
            assertThat(form(emu, "/api/cancel/", true, "id", UUID.randomUUID().toString()).text())
                    .isEqualTo("{\"status\":\"error\",\"error\":\"Invalid file id\"}");
            assertThat(json(form(emu, "/api/check/", true, "id", id)).get("result").get(id).get("task").get("state")
                    .asText()).isEqualTo("cancelled");
        }
    }

    @Test
    void getLimitsAnswersThePlanAndForAnUnknownKeyLicenseNotFound() throws Exception {
        try (LalalEmulator emu = start()) {
            JsonNode limits = json(RawHttp.send(emu.port(), RawHttp.curl("GET", "/billing/get-limits/?key=" + KEY,
                    emu.port(), "", new byte[0])));
            RawHttp.Answer unknown = RawHttp.send(emu.port(), RawHttp.curl("GET", "/billing/get-limits/?key=00000000",
                    emu.port(), "", new byte[0]));

            assertThat(fields(limits)).containsExactly("status", "option", "email", "process_duration_limit",
                    "process_duration_used", "process_duration_left");
            assertThat(limits.get("status").asText()).isEqualTo("success");
            assertThat(unknown.text()).isEqualTo("{\"status\":\"error\",\"error\":\"License not found\"}");
        }
    }
}
