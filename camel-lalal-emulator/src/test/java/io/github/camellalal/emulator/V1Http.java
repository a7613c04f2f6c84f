package io.github.camellalal.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** v1 requests as the OpenAPI describes them: JSON bodies, the key in {@code X-License-Key}. */
final class V1Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String base;

    V1Http(String base) {
        this(base, HttpClient.newHttpClient());
    }

    /** With a client of the test's choice, e.g. one trusting an https emulator. */
    V1Http(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /**
     * An answer.
     *
     * @param status  the HTTP status
     * @param headers the headers
     * @param body    the body, parsed ({@code null} when not JSON)
     * @param raw     the body as text
     */
    record Answer(int status, java.net.http.HttpHeaders headers, JsonNode body, String raw) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Answer send(HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = r.body().isEmpty() ? null : JSON.readTree(r.body());
        } catch (Exception e) {
            body = null;
        }
        return new Answer(r.statusCode(), r.headers(), body, r.body());
    }

    HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (key != null) {
            b.header("X-License-Key", key);
        }
        return b;
    }

    /** POST a JSON text. */
    Answer post(String path, String key, String json) throws Exception {
        return send(request(path, key).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** POST an object as JSON. */
    Answer post(String path, String key, Object body) throws Exception {
        return post(path, key, body == null ? null : JSON.writeValueAsString(body));
    }

    Answer upload(String key, String name, byte[] bytes) throws Exception {
        return send(request("/api/v1/upload/", key).header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=" + name)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    String uploadId(String key, String name, byte[] bytes) throws Exception {
        return upload(key, name, bytes).body().get("id").asText();
    }

    /** A stem separator item. */
    static Map<String, Object> item(String sourceId, String stem, String idempotencyKey) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source_id", sourceId);
        m.put("presets", Map.of("stem", stem));
        if (idempotencyKey != null) {
            m.put("idempotency_key", idempotencyKey);
        }
        return m;
    }

    String split(String key, String sourceId) throws Exception {
        return post("/api/v1/split/stem_separator/", key, item(sourceId, "vocals", null)).body().get("task_id")
                .asText();
    }

    Answer check(String key, String... taskIds) throws Exception {
        return post("/api/v1/check/", key, Map.of("task_ids", List.of(taskIds)));
    }

    static String uuid() {
        return UUID.randomUUID().toString();
    }

    static List<String> fields(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
