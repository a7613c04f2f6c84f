package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.Fault;
import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.Test;

/** Camel's consumer health check reports a tasks consumer whose polls keep failing, and its recovery. */
class LalalTasksHealthTest extends LalalTestSupport {

    @Override
    protected org.apache.camel.CamelContext createCamelContext() throws Exception {
        org.apache.camel.CamelContext context = super.createCamelContext();
        // what camel.health.enabled=true sets up in Camel Main and Spring Boot
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        registry.setCamelContext(context);
        registry.register(new org.apache.camel.impl.health.ConsumersHealthCheckRepository());
        context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        return context;
    }

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("lalal:tasks?delay=50&initialDelay=0&maxRetries=0").routeId("watched")
                .to("mock:events");
    }

    private HealthCheck.State consumerState() {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().equals("consumer:watched")).map(HealthCheck.Result::getState)
                .findFirst().orElse(HealthCheck.State.UNKNOWN);
    }

    @Test
    void repeatedPollFailuresMakeTheConsumerDownUntilChecksWorkAgain() throws Exception {
        // (a route with autoStartup(false) is "externally controlled": Camel then skips its consumer check)
        // an uploaded file that is never split stays tracked without events: every poll checks it
        String id = upload("watched.wav", TestWav.stereo(100));
        template.sendBodyAndHeader("lalal:track", null, LalalConstants.FILE_ID, id);
        await().atMost(Duration.ofSeconds(10)).until(() -> consumerState() == HealthCheck.State.UP);

        emulator().faults().next(Endpoint.CHECK, 1000, Fault.serverError(503));
        await().atMost(Duration.ofSeconds(10)).until(() -> consumerState() == HealthCheck.State.DOWN);

        emulator().faults().clear();
        await().atMost(Duration.ofSeconds(10)).until(() -> consumerState() == HealthCheck.State.UP);
        assertThat(emulator().requestLog().count(Endpoint.CHECK)).isGreaterThan(3);
    }
}
