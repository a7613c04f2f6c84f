package io.github.camellalal.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One request being answered: what it carried, what it named, and the ways to answer it. */
final class HttpCall {

    private static final ObjectMapper JSON = new ObjectMapper();

    final HttpExchange exchange;
    final Endpoint endpoint;
    final ServiceQuirks quirks;
    final Map<String, List<String>> form = FormParser.newForm();
    final List<String> fileIds = new ArrayList<>();
    /** v1: the task ids the request named or was answered with. */
    final List<String> taskIds = new ArrayList<>();
    /** v1: the idempotency keys of its split items, in order ({@code null} for an item without one). */
    final List<String> idempotencyKeys = new ArrayList<>();
    /** v1: the JSON body as received, or {@code null}. */
    String jsonBody;
    /** The request is processed but its answer is dropped and the connection closed (a reset after processing). */
    boolean dropAnswer;
    long bodyBytes;
    int status;
    /** Runs once, just before the answer goes out, so a client never sees an answer its request log lacks. */
    Runnable beforeAnswer = () -> { };
    private boolean answered;

    HttpCall(HttpExchange exchange, Endpoint endpoint, ServiceQuirks quirks) {
        this.exchange = exchange;
        this.endpoint = endpoint;
        this.quirks = quirks;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    String query() {
        return exchange.getRequestURI().getRawQuery();
    }

    /**
     * Reads the form fields: of a GET from its query, of a POST from its body only (a POST's query string is not
     * form data), and only when the body's content type is a form's.
     */
    void readForm() throws IOException {
        if (method().equals("GET")) {
            FormParser.urlEncoded(query(), form);
        } else {
            CountingInput in = new CountingInput(exchange.getRequestBody());
            FormParser.body(header("Content-Type"), in, form);
            bodyBytes += in.count;
        }
    }

    String field(String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The license key of {@code Authorization: license <KEY>}, or {@code null} without one. */
    String licenseKey() {
        String auth = header("Authorization");
        if (auth == null) {
            return null;
        }
        String a = auth.trim();
        if (a.toLowerCase(Locale.ROOT).startsWith("license ")) {
            String key = a.substring("license ".length()).trim();
            return key.isEmpty() ? null : key;
        }
        return null;
    }

    /** The body as a counted stream (uploads). */
    CountingInput body() {
        return new CountingInput(exchange.getRequestBody());
    }

    void json(Object body) throws IOException {
        json(200, body);
    }

    void json(int code, Object body) throws IOException {
        send(code, "application/json", JSON.writeValueAsBytes(body));
    }

    /** The key of {@code X-License-Key} (v1), or {@code null} without one. */
    String v1LicenseKey() {
        String key = header("X-License-Key");
        return key == null || key.isBlank() ? null : key.trim();
    }

    void success(Map<String, Object> fields) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "success");
        body.putAll(fields);
        quirks.decorate(body);
        json(body);
    }

    void error(String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "error");
        body.put("error", message);
        quirks.decorate(body);
        json(body);
    }

    /** Runs {@link #beforeAnswer} unless it ran already. */
    void markAnswered() {
        if (!answered) {
            answered = true;
            beforeAnswer.run();
        }
    }

    void send(int code, String contentType, byte[] body) throws IOException {
        status = dropAnswer ? 0 : code; // the log shows 0: no answer went out
        markAnswered();
        if (dropAnswer) {
            return; // the router closes the exchange unanswered, which closes the connection
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    void sendFile(Path file, String contentType, String disposition) throws IOException {
        status = 200;
        markAnswered();
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (disposition != null) {
            exchange.getResponseHeaders().set("Content-Disposition", disposition);
        }
        exchange.sendResponseHeaders(200, Files.size(file));
        try (OutputStream out = exchange.getResponseBody(); InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        }
    }

    void text(int code, String contentType, String body) throws IOException {
        send(code, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Counts the bytes read from a request body. */
    static final class CountingInput extends java.io.FilterInputStream {
        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
