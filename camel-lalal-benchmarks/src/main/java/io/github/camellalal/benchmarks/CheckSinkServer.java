package io.github.camellalal.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal v0 check endpoint on loopback for benchmarks: it answers every {@code POST /api/check/} with
 * {@code success} for every id asked, as fast as it can, and nothing else. It stands in for the emulator, whose
 * per-file bookkeeping would dominate the time at 100,000 tasks.
 */
final class CheckSinkServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    CheckSinkServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/api/check/", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder json = new StringBuilder("{\"status\":\"success\",\"result\":{");
            String ids = "";
            for (String pair : form.split("&")) {
                if (pair.startsWith("id=")) {
                    ids = URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8);
                }
            }
            boolean first = true;
            for (String id : ids.split(",")) {
                if (!id.isBlank()) {
                    json.append(first ? "" : ",").append('"').append(id).append("\":{\"status\":\"success\","
                            + "\"name\":\"bench.wav\",\"task\":{\"state\":\"success\",\"progress\":100}}");
                    first = false;
                }
            }
            byte[] body = json.append("}}").toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(pool);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
