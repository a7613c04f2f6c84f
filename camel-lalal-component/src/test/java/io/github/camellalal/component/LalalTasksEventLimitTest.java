package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.emulator.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** maxEventAttempts and header CamelLalalEventAttempt; a dead letter channel's handled exchange counts as delivered. */
class LalalTasksEventLimitTest extends LalalTestSupport {

    private final List<Integer> attempts = new CopyOnWriteArrayList<>();
    @RegisterExtension
    final LogCapture warnings = new LogCapture(Level.WARN, "%p %c{1} - %m%n");

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("lalal:tasks?delay=50&initialDelay=0&maxEventAttempts=3").routeId("limited").autoStartup(false)
                .process(e -> attempts.add(e.getMessage().getHeader(LalalConstants.EVENT_ATTEMPT,
                        Integer.class)))
                .throwException(new IllegalStateException("the route always fails"));
        routes.from("lalal:tasks?delay=50&initialDelay=0").routeId("dead-lettered").autoStartup(false)
                .errorHandler(routes.deadLetterChannel("mock:dead").maximumRedeliveries(0))
                .process(e -> attempts.add(e.getMessage().getHeader(LalalConstants.EVENT_ATTEMPT,
                        Integer.class)))
                .throwException(new IllegalStateException("the route always fails"));
    }

    private String startedTask(String name) {
        return uploadAndSplit(name, TestWav.stereo(200));
    }

    private LalalTasksConsumer consumer(String routeId) {
        return (LalalTasksConsumer) context.getRoute(routeId).getConsumer();
    }

    private long checksOf(String id) {
        return emulator().requestLog().of(Endpoint.CHECK).stream().filter(r -> r.fileIds().contains(id)).count();
    }

    @Test
    void anEventThatKeepsFailingIsGivenUpAfterTheLimitOnceAndLoudly() throws Exception {
        context.getRouteController().startRoute("limited");
        LalalTasksConsumer consumer = consumer("limited");
        String id = startedTask("doomed.wav");

        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.givenUpCount() == 1);
        long checksAtGiveUp = checksOf(id);
        long polls = consumer.getCounter();
        // five more polls of this consumer: the file is no longer checked nor delivered
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getCounter() >= polls + 5);

        assertThat(attempts).containsExactly(1, 2, 3);
        assertThat(consumer.trackedCount()).isZero();
        assertThat(checksOf(id)).isEqualTo(checksAtGiveUp);
        String log = warnings.toString();
        assertThat(log.lines().filter(l -> l.startsWith("WARN LalalTasksConsumer") && l.contains("Gave up")))
                .singleElement().asString().contains(id).contains("progress").contains("after 3 failed attempt(s)")
                .contains("the route always fails");
        // the consumer's own check, which Camel's consumers repository calls for routes it starts itself
        HealthCheck.Result health = consumer.getHealthCheck().call(Map.of());
        assertThat(health.getDetails()).containsEntry(LalalTasksHealthCheck.EVENTS_GIVEN_UP, 1L);
    }

    @Test
    void aDeadLetteredEventCountsAsDeliveredAndTheTaskEndsNormally() throws Exception {
        context.getRouteController().startRoute("dead-lettered");
        LalalTasksConsumer consumer = consumer("dead-lettered");
        MockEndpoint dead = getMockEndpoint("mock:dead");
        String id = startedTask("dead-lettered.wav");

        await().atMost(Duration.ofSeconds(10)).until(() -> dead.getReceivedExchanges().stream()
                .anyMatch(e -> "success".equals(e.getMessage().getHeader(LalalConstants.TASK_STATE))));
        long polls = consumer.getCounter();
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getCounter() >= polls + 5);

        assertThat(dead.getReceivedExchanges().stream().map(Exchange::getMessage)
                .map(m -> m.getHeader(LalalConstants.TASK_STATE, String.class))).containsExactly("progress", "success");
        assertThat(dead.getReceivedExchanges().get(0).getMessage().getHeader(LalalConstants.FILE_ID)).isEqualTo(id);
        assertThat(attempts).as("each event once, never redelivered").containsExactly(1, 1);
        assertThat(consumer.trackedCount()).isZero();
        assertThat(consumer.givenUpCount()).isZero();
    }
}
