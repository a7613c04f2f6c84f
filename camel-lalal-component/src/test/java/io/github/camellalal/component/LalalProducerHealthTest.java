package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.emulator.Endpoint;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.apache.camel.impl.health.ProducersHealthCheckRepository;
import org.junit.jupiter.api.Test;

/** The component's producer check "lalal": UP with a valid key, DOWN with the service's text otherwise. */
class LalalProducerHealthTest extends LalalTestSupport {

    private ProducersHealthCheckRepository producers;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // what camel.health.enabled=true with camel.health.producersEnabled=true sets up in Camel Main
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        registry.setCamelContext(context);
        producers = new ProducersHealthCheckRepository();
        producers.setEnabled(true);
        registry.register(producers);
        context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        context.getRegistry().bind("meters", meters);
        return context;
    }

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:limits").to("lalal:limits");
    }

    private HealthCheck.Result lalal() {
        List<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().equals("lalal")).toList();
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private LalalConfiguration componentConfiguration() {
        return context.getComponent("lalal", LalalComponent.class).getConfiguration();
    }

    @Test
    void upWithTheLicensePlanAndOneLimitsRequestPerMinute() {
        HealthCheck.Result first = lalal();
        HealthCheck.Result second = lalal();
        lalal();

        assertThat(first.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(first.getDetails()).containsEntry("plan", "Plus").containsKey("minutes.left")
                .containsEntry("base.url", emulator().baseUrl());
        assertThat(second.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(emulator().requestLog().count(Endpoint.LIMITS)).isEqualTo(1);
        assertThat(first.getCheck().isLiveness()).isFalse();
    }

    @Test
    void downWithTheServicesOwnTextWhenTheKeyIsRejected() {
        componentConfiguration().setApiKey("rejected-key-4c1d");

        HealthCheck.Result result = lalal();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("License not found")
                .doesNotContain("rejected-key-4c1d"));
        assertThat(result.getDetails()).containsEntry("service.error", "License not found");
        assertThat(result.getDetails().values()).allSatisfy(v -> assertThat(String.valueOf(v))
                .doesNotContain("rejected-key-4c1d"));
        assertThat(emulator().requestLog().count(Endpoint.LIMITS)).isEqualTo(1);
    }

    @Test
    void downWithTheTransportErrorWhenTheServiceIsUnreachable() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        componentConfiguration().setBaseUrl("http://127.0.0.1:" + closedPort);
        componentConfiguration().setMaxRetries(0);

        HealthCheck.Result result = lalal();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).isNotBlank().doesNotContain(KEY));
        assertThat(result.getDetails()).containsEntry("failure", "LalalTransportException");
        assertThat(result.getError()).isEmpty();
    }

    @Test
    void downWithoutARequestWhenTheKeyIsMissing() {
        componentConfiguration().setApiKey(null);

        HealthCheck.Result result = lalal();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m)
                .contains("No LALAL.AI license key").contains("camel.component.lalal.apiKey"));
        assertThat(emulator().requestLog().count(Endpoint.LIMITS)).isZero();
    }

    @Test
    void invisibleWhileProducerChecksAreOffAsCamelDefaults() {
        producers.setEnabled(false);

        assertThat(HealthCheckHelper.invokeReadiness(context)).noneMatch(r -> r.getCheck().getId().equals("lalal"));
        assertThat(emulator().requestLog().count(Endpoint.LIMITS)).isZero();
    }

    @Test
    void followsTheComponentsHealthCheckProducerEnabledOption() throws Exception {
        CamelContext other = createCamelContext();
        other.getComponent("lalal", LalalComponent.class).setHealthCheckProducerEnabled(false);
        other.addRoutes(createRouteBuilder());
        other.start();
        try {
            // as Camel's own producer checks: registered but disabled, so it sends nothing and is never DOWN
            assertThat(HealthCheckHelper.invokeReadiness(other)).filteredOn(r -> r.getCheck().getId().equals("lalal"))
                    .singleElement().satisfies(r -> {
                        assertThat(r.getCheck().isEnabled()).isFalse();
                        assertThat(r.getState()).isEqualTo(HealthCheck.State.UNKNOWN);
                    });
            assertThat(emulator().requestLog().count(Endpoint.LIMITS)).isZero();
        } finally {
            other.stop();
        }
    }

    @Test
    void theChecksGetLimitsRequestsCountInLalalCalls() {
        assertThat(lalal().getState()).isEqualTo(HealthCheck.State.UP);

        long requests = emulator().requestLog().of(Endpoint.LIMITS).size();
        assertThat(requests).isEqualTo(1);
        assertThat(meters.get("lalal.calls").tag("operation", "limits").timer().count()).isEqualTo(requests);
    }
}
