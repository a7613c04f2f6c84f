package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.Fault;
import io.github.camellalal.emulator.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One check budget for the whole component: two tasks consumers polling every 10 ms and process waits polling every
 * 10 ms together stay at the budget (600 a minute here, the emulator's limit too, so the test is fast), evenly
 * spread, without a 429 and without losing an event; a 429 pauses every check for its Retry-After. The spacing is
 * asserted where the budget decides it (each slot's start): when the requests reach the emulator depends on how
 * busy the machine is, so the emulator's arrival times only bound the count, never the gaps.
 */
class LalalCheckBudgetTest extends LalalTestSupport {

    private static final int BUDGET = 600;
    private static final byte[] WAV = TestWav.stereo(400);

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("budget-key-61f0").apiVersion("v1")
            .taskDuration(Duration.ofMillis(1200)).emulator(e -> e.taskQueueTime(Duration.ofMillis(200)))
            .checksPerMinute(BUDGET).build();

    private final List<Long> slots = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
        lalal.checkBudget(lalal.getConfiguration()).onSlot(slots::add);
        return context;
    }

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("lalal:tasks?delay=10&initialDelay=0").routeId("a").to("mock:events");
        routes.from("lalal:tasks?delay=10&initialDelay=0&emitProgress=true").routeId("b").to("mock:events");
        routes.from("direct:process").to("lalal:process?pollInterval=10").setBody(routes.constant("done"));
    }

    private String startedTask(String name) {
        return split(upload(name, WAV)).getHeader(LalalConstants.TASK_ID, String.class);
    }

    @Test
    void consumersAndProcessShareOneEvenBudgetWithoutA429OrALostEvent() {
        List<CompletableFuture<Exchange>> processes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            processes.add(asyncRequest("direct:process", WAV, "p" + i + ".wav"));
        }
        Set<String> tasks = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            tasks.add(startedTask("s" + i + ".wav"));
        }

        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(Duration.ofSeconds(20)).until(() -> processes.stream().allMatch(CompletableFuture::isDone)
                && successesOf(events).containsAll(tasks));

        assertThat(processes).allSatisfy(p -> assertThat(p.join().getException()).isNull());
        List<RecordedRequest> checks = emulator().requestLog().of(Endpoint.V1_CHECK);
        assertThat(checks).as("several checks were needed").hasSizeGreaterThan(10)
                .noneSatisfy(r -> assertThat(r.status()).isEqualTo(429));
        assertThat(emulator().requestLog().maxInAnyWindow(Endpoint.V1_CHECK, Duration.ofMinutes(1)))
                .isLessThanOrEqualTo(BUDGET);
        // every check on the wire took a slot of the component's one budget (consumers and process alike): read
        // after the checks, the slots are as many, plus at most one per polling thread (two consumers, the process
        // watcher) whose request had not arrived yet; and they are one interval (100 ms and 1 % of margin at 600 a
        // minute) apart, never closer
        List<Long> taken = List.copyOf(slots);
        assertThat(taken.size()).isBetween(checks.size(), checks.size() + 3);
        long interval = TimeUnit.MINUTES.toNanos(1) / BUDGET * 101 / 100;
        for (int i = 1; i < taken.size(); i++) {
            assertThat(taken.get(i) - taken.get(i - 1)).as("gap before slot %d", i)
                    .isGreaterThanOrEqualTo(interval);
        }
    }

    @Test
    void a429StopsEveryCheckForItsRetryAfterAndLosesNothing() {
        emulator().faults().next(Endpoint.V1_CHECK, 1, Fault.rateLimited(1));
        String task = startedTask("r.wav");

        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(Duration.ofSeconds(10)).until(() -> successesOf(events).contains(task));

        List<RecordedRequest> checks = emulator().requestLog().of(Endpoint.V1_CHECK);
        assertThat(checks.get(0).status()).isEqualTo(429);
        assertThat(Duration.between(checks.get(0).receivedAt(), checks.get(1).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    private static Set<Object> successesOf(MockEndpoint events) {
        Set<Object> ids = new HashSet<>();
        events.getReceivedExchanges().stream().map(Exchange::getMessage)
                .filter(m -> "success".equals(m.getHeader(LalalConstants.TASK_STATE)))
                .forEach(m -> ids.add(m.getHeader(LalalConstants.TASK_ID)));
        return ids;
    }
}
