package io.github.camellalal.client.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plain HTTP server on a random loopback port whose answers a test scripts per request; it records each request
 * as it arrived (path with query, and the license headers it carried).
 */
final class TrackServer implements AutoCloseable {

    /** One request as it arrived. */
    record Seen(String pathAndQuery, String authorization, String licenseKey, String userAgent,
            String proxyAuthorization) {
    }

    /** Answers one exchange. */
    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    TrackServer(Answer answer) throws IOException {
        this(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), answer);
    }

    /** The same on {@code server} (an HttpsServer, say), not started yet. */
    TrackServer(HttpServer server, Answer answer) {
        this.server = server;
        server.createContext("/", x -> {
            try (x) {
                x.getRequestBody().readAllBytes();
                seen.add(new Seen(x.getRequestURI().getRawPath()
                        + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery()),
                        x.getRequestHeaders().getFirst("Authorization"),
                        x.getRequestHeaders().getFirst("X-License-Key"),
                        x.getRequestHeaders().getFirst("User-Agent"),
                        x.getRequestHeaders().getFirst("Proxy-Authorization")));
                answer.answer(x);
            }
        });
        server.start();
    }

    /** Sends {@code body} with {@code status}; an empty body goes without one (no Content-Length). */
    static void send(HttpExchange x, int status, byte[] body) throws IOException {
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        x.getResponseBody().write(body);
    }

    String url(String pathAndQuery) {
        return (server instanceof com.sun.net.httpserver.HttpsServer ? "https://" : "http://")
                + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + pathAndQuery;
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
