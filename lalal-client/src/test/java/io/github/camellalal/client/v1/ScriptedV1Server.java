package io.github.camellalal.client.v1;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
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
 * A v1 server on loopback that gives scripted answers in order (the last one again once the script is used up)
 * and records every request: for the answers the emulator does not give (odd JSON, huge bodies, lost answers).
 */
final class ScriptedV1Server implements AutoCloseable {

    /** One answer: status, headers and body; {@code status 0} closes the connection without answering. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"),
                    body.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
        }

        static Answer text(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "text/html"), body.getBytes(StandardCharsets.UTF_8));
        }

        static Answer none() {
            return new Answer(0, Map.of(), new byte[0]);
        }

        Answer with(String header, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(header, value);
            return new Answer(status, h, body);
        }
    }

    /** One request as it arrived. */
    record Seen(String method, String path, String licenseKey, String body) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private volatile Answer last;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    ScriptedV1Server(Answer... answers) throws IOException {
        script.addAll(List.of(answers));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    private void answer(HttpExchange x) throws IOException {
        byte[] request = x.getRequestBody().readAllBytes();
        seen.add(new Seen(x.getRequestMethod(), x.getRequestURI().getPath(),
                x.getRequestHeaders().getFirst("X-License-Key"), new String(request, StandardCharsets.UTF_8)));
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

    /** A v1 client of this server with this key, retries and longest retry wait. */
    LalalClient client(String key, int maxRetries, Duration maxRetryWait) {
        return LalalClient.create(LalalClientConfig.builder().apiVersion("v1").apiKey(key).maxRetries(maxRetries)
                .maxRetryWait(maxRetryWait).baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).build());
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
