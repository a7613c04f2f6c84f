package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.component.store.PostgresDatabase;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Three instances (three Camel contexts sharing one PostgreSQL store and one license) with 20 tasks each: while all
 * 60 run, each check request carries all 60 ids, whichever instance sends it, and the license's budget is kept by
 * the three together; each instance delivers exactly its own tasks' events, once.
 */
class LalalTasksFullRequestsTest {
    private static final Logger LOG = LoggerFactory.getLogger(LalalTasksFullRequestsTest.class);
    private static final int PER_INSTANCE = 20;
    private static final int BUDGET = 120;
    private static final Duration TASK = Duration.ofSeconds(15);

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("full-requests-key").apiVersion("v1")
            .taskDuration(TASK).checksPerMinute(BUDGET).build();

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    private final List<CamelContext> contexts = new ArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        contexts.forEach(CamelContext::stop);
    }

    private CamelContext instance(String name) throws Exception {
        CamelContext context = LALAL.newContext();
        context.getComponent("lalal", LalalComponent.class).getConfiguration().setDataSource(POSTGRES.dataSource());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("lalal:tasks?delay=100&initialDelay=0&checkBatchSize=200").process(e -> events.add(name + " "
                        + e.getMessage().getHeader(LalalConstants.TASK_ID) + " "
                        + e.getMessage().getHeader(LalalConstants.TASK_STATE)));
            }
        });
        context.start();
        contexts.add(context);
        return context;
    }

    @Test
    void threeInstancesSpendOneRequestOfSixtyIdsPerSlot() throws Exception {
        Map<String, List<String>> started = new HashMap<>();
        for (String name : List.of("a", "b", "c")) {
            ProducerTemplate template = instance(name).createProducerTemplate();
            List<String> tasks = new ArrayList<>();
            for (int i = 0; i < PER_INSTANCE; i++) {
                String file = EmulatedLalal.upload(template, name + i + ".wav", TestWav.stereo(200));
                tasks.add(EmulatedLalal.split(template, file).getHeader(LalalConstants.TASK_ID, String.class));
            }
            started.put(name, tasks);
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> events.stream().filter(e -> e.endsWith(" success"))
                .count() == 3 * PER_INSTANCE);

        // each instance delivered its own tasks' events, each once
        assertThat(events).doesNotHaveDuplicates();
        for (Map.Entry<String, List<String>> e : started.entrySet()) {
            assertThat(events.stream().filter(l -> l.endsWith(" success") && l.startsWith(e.getKey() + " "))
                    .map(l -> l.split(" ")[1])).as("success events of %s", e.getKey())
                    .containsExactlyInAnyOrderElementsOf(e.getValue());
        }

        // while all 60 tasks ran (from the last split until the first could end), every check carried all 60 ids
        List<RecordedRequest> splits = LALAL.emulator(false).requestLog().of(Endpoint.V1_SPLIT);
        Instant allStarted = splits.get(splits.size() - 1).receivedAt().plusMillis(300);
        Instant firstEnd = splits.get(0).receivedAt().plus(TASK);
        List<RecordedRequest> checks = LALAL.emulator(false).requestLog().of(Endpoint.V1_CHECK);
        List<Integer> idsWhileAllRan = checks.stream()
                .filter(r -> r.receivedAt().isAfter(allStarted) && r.receivedAt().isBefore(firstEnd))
                .map(r -> r.taskIds().size()).toList();
        int busiest = LALAL.emulator(false).requestLog().maxInAnyWindow(Endpoint.V1_CHECK, Duration.ofMinutes(1));
        LOG.info("{} check requests, {} while all {} tasks ran, ids per request then: {}; busiest minute: {}",
                checks.size(), idsWhileAllRan.size(), 3 * PER_INSTANCE, summary(idsWhileAllRan), busiest);
        assertThat(idsWhileAllRan).as("checks while all ran").hasSizeGreaterThanOrEqualTo(3)
                .containsOnly(3 * PER_INSTANCE);
        assertThat(checks).noneMatch(r -> r.status() == 429);
        assertThat(busiest).isLessThanOrEqualTo(BUDGET);
        // one budget for the three: slots 60 s / 120 + 5 % apart, so at most one request per 0.5 s on average
        Duration span = Duration.between(checks.get(0).receivedAt(), checks.get(checks.size() - 1).receivedAt());
        assertThat(checks.size() - 1L).isLessThanOrEqualTo(span.toMillis() / 500 + 1);
    }

    private static String summary(List<Integer> sizes) {
        return sizes.stream().collect(Collectors.groupingBy(n -> n, Collectors.counting())).entrySet().stream()
                .map(e -> e.getValue() + " x " + e.getKey()).collect(Collectors.joining(", "));
    }
}
