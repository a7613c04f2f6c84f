package io.github.camellalal.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/** Raw HTTP requests shaped like the contract's curl examples, with the JDK's own client. */
final class RawApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String base;

    RawApi(String base) {
        this(base, HttpClient.newHttpClient());
    }

    /** With a client of the test's choice, e.g. one trusting an https emulator. */
    RawApi(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode json(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = send(request);
        return JSON.readTree(r.body());
    }

    HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    /** curl --data-binary @file -H "Content-Disposition: attachment; filename=..." -H "Authorization: license KEY". */
    JsonNode upload(String key, String disposition, byte[] body) throws Exception {
        HttpRequest.Builder b = post("/api/upload/").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            b.header("Authorization", "license " + key);
        }
        if (disposition != null) {
            b.header("Content-Disposition", disposition);
        }
        return json(b.build());
    }

    String uploadId(String key, String name, byte[] body) throws Exception {
        return upload(key, "attachment; filename=" + name, body).get("id").asText();
    }

    /** A form, urlencoded. */
    JsonNode form(String path, String key, Map<String, String> fields) throws Exception {
        StringJoiner j = new StringJoiner("&");
        fields.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder b = post(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(j.toString()));
        if (key != null) {
            b.header("Authorization", "license " + key);
        }
        return json(b.build());
    }

    /** A form as curl --form-string sends it: multipart/form-data. */
    JsonNode multipart(String path, String key, Map<String, String> fields) throws Exception {
        String boundary = "----curl" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(k).append("\"\r\n\r\n")
                .append(v).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        HttpRequest.Builder b = post(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (key != null) {
            b.header("Authorization", "license " + key);
        }
        return json(b.build());
    }

    JsonNode get(String pathAndQuery, String key) throws Exception {
        HttpRequest.Builder b = post(pathAndQuery).GET();
        if (key != null) {
            b.header("Authorization", "license " + key);
        }
        return json(b.build());
    }

    /** A stereo 16-bit PCM WAV: left and right ramps. */
    static byte[] wav(int frames, int rate) {
        ByteBuffer b = ByteBuffer.allocate(44 + frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + frames * 4).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(rate).putInt(rate * 4)
                .putShort((short) 4).putShort((short) 16);
        b.put("data".getBytes()).putInt(frames * 4);
        for (int i = 0; i < frames; i++) {
            b.putShort(left(i)).putShort(right(i));
        }
        return b.array();
    }

    static short left(int i) {
        return (short) ((i * 37) % 30000 - 15000);
    }

    static short right(int i) {
        return (short) ((i * 11) % 20000 - 10000);
    }
}
