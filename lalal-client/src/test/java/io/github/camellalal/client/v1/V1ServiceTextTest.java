package io.github.camellalal.client.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service's error text reaches the user word for word: only the license key's value is hidden, wherever the
 * text repeats it. The answers are those of a v1 server as its OpenAPI allows, served on loopback.
 */
class V1ServiceTextTest {

    private static final String KEY = "wrong-key-0b7e";
    private HttpServer server;

    private LalalClient clientAnswering(int status, String body) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(status, bytes.length);
            x.getResponseBody().write(bytes);
            x.close();
        });
        server.start();
        return LalalClient.create(LalalClientConfig.builder().apiVersion("v1").apiKey(KEY).maxRetries(0)
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).build());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aWrongKeysAnswerKeepsTheServicesWords() throws Exception {
        try (LalalClient client = clientAnswering(401,
                "{\"detail\":\"Invalid license key\",\"code\":\"invalid_license_key\"}")) {
            assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
                assertThat(e.getMessage()).contains("HTTP 401: Invalid license key (invalid_license_key)");
                assertThat(e.code()).isEqualTo("invalid_license_key");
            });
        }
    }

    @Test
    void theKeysValueIsHiddenWhereverTheServiceRepeatsIt() throws Exception {
        try (LalalClient client = clientAnswering(403,
                "{\"detail\":\"License " + KEY + " has no minutes left\",\"code\":\"exceeded_duration\"}")) {
            assertThatThrownBy(client::limits).isInstanceOfSatisfying(LalalApiException.class, e -> assertThat(
                    e.getMessage()).contains("License xxxxxx has no minutes left").doesNotContain(KEY));
        }
    }
}
