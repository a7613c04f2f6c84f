package io.github.camellalal.client.v0;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plain HTTP server on loopback that answers every request with one fixed answer and records the
 * {@code Authorization} header it got: the other host a redirect or a CDN download URL leads to.
 */
final class LoopbackServer implements AutoCloseable {

    /** One request as it arrived. */
    record Seen(String method, String path, String authorization) {
    }

    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    private LoopbackServer(int status, Map<String, String> headers, byte[] body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> answer(x, status, headers, body));
        server.start();
    }

    /** A server answering every request with this status, headers and body. */
    static LoopbackServer answering(int status, Map<String, String> headers, String body) throws IOException {
        return new LoopbackServer(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private void answer(HttpExchange x, int status, Map<String, String> headers, byte[] body) throws IOException {
        x.getRequestBody().readAllBytes();
        seen.add(new Seen(x.getRequestMethod(), x.getRequestURI().getPath(),
                x.getRequestHeaders().getFirst("Authorization")));
        headers.forEach((k, v) -> x.getResponseHeaders().add(k, v.replace("{port}", String.valueOf(port()))));
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        x.getResponseBody().write(body);
        x.close();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
