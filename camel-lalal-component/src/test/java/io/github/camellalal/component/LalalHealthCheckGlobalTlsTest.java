package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.emulator.Endpoint;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.apache.camel.impl.health.ProducersHealthCheckRepository;
import org.junit.jupiter.api.Test;

/**
 * The producer check "lalal" over https when the trust comes from Camel's global TLS settings
 * ({@code useGlobalSslContextParameters}, as Camel Spring Boot's {@code camel.ssl.config.*} sets them): its own
 * client trusts what the endpoints trust, so a service the routes reach is UP, not DOWN with a PKIX failure.
 */
class LalalHealthCheckGlobalTlsTest extends LalalTestSupport {

    @Override
    protected boolean overTls() {
        return true;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setSSLContextParameters(EmulatedLalal.trusting(emulator().tls()));
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        registry.setCamelContext(context);
        ProducersHealthCheckRepository producers = new ProducersHealthCheckRepository();
        producers.setEnabled(true);
        registry.register(producers);
        context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        return context;
    }

    @Override
    protected void configure(LalalComponent lalal) {
        super.configure(lalal);
        // the trust from the Camel context only, not from the component's own option
        lalal.getConfiguration().setSslContextParameters(null);
        lalal.setUseGlobalSslContextParameters(true);
    }

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:limits").to("lalal:limits");
    }

    @Test
    void upOverHttpsWithCamelsGlobalTlsSettings() {
        List<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().equals("lalal")).toList();

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.getState()).as("state, message %s", r.getMessage()).isEqualTo(HealthCheck.State.UP);
            assertThat(r.getDetails()).containsEntry("plan", "Plus")
                    .containsEntry("base.url", emulator().baseUrl());
        });
        assertThat(emulator().baseUrl()).startsWith("https://");
        assertThat(emulator().requestLog().of(Endpoint.LIMITS)).singleElement()
                .satisfies(r -> assertThat(r.secure()).isTrue());
    }
}
