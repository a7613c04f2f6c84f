package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing listens at the base URL: the failure says where it tried and which option chose that address. */
class RefusedConnectionTest {

    @ParameterizedTest
    @ValueSource(strings = { "v0", "v1" })
    void aRefusedConnectionPointsAtBaseUrl(String apiVersion) throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String baseUrl = "http://127.0.0.1:" + port;
        try (CamelContext context = new DefaultCamelContext()) {
            LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
            lalal.getConfiguration().setApiKey("refused-key-5c1a");
            lalal.getConfiguration().setBaseUrl(baseUrl);
            lalal.getConfiguration().setMaxRetries(0);
            context.start();

            Exchange e = context.createProducerTemplate().request("lalal:check?apiVersion=" + apiVersion,
                    x -> x.getMessage().setBody("a-file-id"));

            assertThat(e.getException()).isNotNull();
            assertThat(e.getException().getMessage()).contains("no connection to " + baseUrl)
                    .contains("check option baseUrl").doesNotContain("refused-key-5c1a");
        }
    }
}
