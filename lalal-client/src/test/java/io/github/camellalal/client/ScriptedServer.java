package io.github.camellalal.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A LALAL.AI server on loopback that gives scripted answers in order (the last one again once the script is used up)
 * and records every request: for the answers the emulator does not give (odd JSON, huge bodies, lost answers).
 */
public final class ScriptedServer implements AutoCloseable {

    /** One answer: status, headers and body; {@code status 0} closes the connection without answering. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
        /** JSON, with {@code '} written for {@code "}. */
        public static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"),
                    body.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
        }

        /** An HTML page. */
        public static Answer text(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "text/html"), body.getBytes(StandardCharsets.UTF_8));
        }

        /** No answer: the connection is closed. */
        public static Answer none() {
            return new Answer(0, Map.of(), new byte[0]);
        }

        /** This answer with one more header. */
        public Answer with(String header, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(header, value);
            return new Answer(status, h, body);
        }
    }

    /** One request as it arrived. */
    public record Seen(String method, String path, String query, String licenseKey, String authorization,
            String contentType, String body) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private volatile Answer last;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    /** A started server giving these answers. */
    public ScriptedServer(Answer... answers) throws IOException {
        script.addAll(List.of(answers));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    private void answer(HttpExchange x) throws IOException {
        byte[] request = x.getRequestBody().readAllBytes();
        seen.add(new Seen(x.getRequestMethod(), x.getRequestURI().getPath(), x.getRequestURI().getRawQuery(),
                x.getRequestHeaders().getFirst("X-License-Key"), x.getRequestHeaders().getFirst("Authorization"),
                x.getRequestHeaders().getFirst("Content-Type"), new String(request, StandardCharsets.UTF_8)));
        Answer next = script.poll();
        Answer a = next != null ? next : last;
        last = a;
        if (a.status() == 0) {
            x.close(); // no status line: the client reads the end of the stream
            return;
        }
        a.headers().forEach((k, v) -> x.getResponseHeaders().add(k, v));
        x.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
        x.getResponseBody().write(a.body());
        x.close();
    }

    /** A client of this server speaking {@code api} with this key, retries and longest retry wait. */
    public LalalClient client(String api, String key, int maxRetries, Duration maxRetryWait) {
        return LalalClient.create(LalalClientConfig.builder().apiVersion(api).apiKey(key).maxRetries(maxRetries)
                .maxRetryWait(maxRetryWait).baseUrl(baseUrl()).build());
    }

    /** The requests received so far. */
    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** The server's base URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
