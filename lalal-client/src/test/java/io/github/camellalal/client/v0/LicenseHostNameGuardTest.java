package io.github.camellalal.client.v0;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.http.HttpClientConfigurer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.hc.client5.http.config.RequestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The license-host guard compares host names, not only ports: an API at {@code localhost} that redirects to
 * {@code 127.0.0.1} on the same port (the same server, as an https API on 443 could redirect to any host on 443)
 * sends the key to {@code localhost} only.
 */
class LicenseHostNameGuardTest {

    private static final String KEY = "host-name-guard-key-2b7e";

    /** One request as it arrived: the Host header names the host the client aimed at. */
    record Seen(String host, String path, String authorization) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            x.getRequestBody().readAllBytes();
            String host = x.getRequestHeaders().getFirst("Host");
            seen.add(new Seen(host, x.getRequestURI().getPath(), x.getRequestHeaders().getFirst("Authorization")));
            if (host.startsWith("localhost:")) {
                x.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/elsewhere/check/");
                x.sendResponseHeaders(307, -1);
            } else {
                byte[] body = "{\"status\":\"success\",\"result\":{}}".getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().add("Content-Type", "application/json");
                x.sendResponseHeaders(200, body.length);
                x.getResponseBody().write(body);
            }
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int port() {
        return server.getAddress().getPort();
    }

    @Test
    void aRedirectToAnotherHostNameOnTheSamePortCarriesNoKey() {
        HttpClientConfigurer followingRedirects = b -> b.setDefaultRequestConfig(
                RequestConfig.custom().setRedirectsEnabled(true).build());
        try (V0LalalClient client = new V0LalalClient(LalalClientConfig.builder()
                .baseUrl("http://localhost:" + port()).apiKey(KEY).maxRetries(0).build(), followingRedirects)) {

            client.check(List.of("5f0c9b1e-aaaa-4bbb-8ccc-000000000003"));
        }

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isEqualTo(new Seen("localhost:" + port(), "/api/check/", "license " + KEY));
        assertThat(seen.get(1)).isEqualTo(new Seen("127.0.0.1:" + port(), "/elsewhere/check/", null));
    }
}
