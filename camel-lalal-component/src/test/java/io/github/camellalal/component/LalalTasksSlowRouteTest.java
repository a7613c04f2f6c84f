package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.component.store.PostgresDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Claims hold while their instance lives: one instance's route blocks on its first event for over twice the lease
 * while another instance runs on the same store. The blocked instance's claims are renewed on their own schedule, so
 * the other never takes its tasks: every terminal event is delivered once, each by the instance that started it.
 */
class LalalTasksSlowRouteTest {
    private static final long LEASE = 1_000;
    private static final int PER_INSTANCE = 4;

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("slow-route-key").apiVersion("v1")
            .taskDuration(Duration.ofMillis(1500)).checksPerMinute(600).build();

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    private final List<CamelContext> contexts = new ArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final AtomicLong blockedAt = new AtomicLong();
    private final AtomicLong released = new AtomicLong();

    @AfterEach
    void stop() {
        contexts.forEach(CamelContext::stop);
    }

    private ProducerTemplate instance(String name, boolean slow) throws Exception {
        CamelContext context = LALAL.newContext();
        context.getComponent("lalal", LalalComponent.class).getConfiguration().setDataSource(POSTGRES.dataSource());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("lalal:tasks?delay=100&initialDelay=0&leaseDuration=" + LEASE).process(e -> {
                    if (slow && blockedAt.compareAndSet(0, System.nanoTime())) {
                        // hold the poll until the other instance delivered all its events and two leases passed
                        await().atMost(Duration.ofSeconds(30)).until(() -> fastDone()
                                && System.nanoTime() - blockedAt.get() > TimeUnit.MILLISECONDS.toNanos(2 * LEASE));
                        released.set(System.nanoTime());
                    }
                    events.add(name + " " + e.getMessage().getHeader(LalalConstants.TASK_ID) + " "
                            + e.getMessage().getHeader(LalalConstants.TASK_STATE));
                });
            }
        });
        context.start();
        contexts.add(context);
        return context.createProducerTemplate();
    }

    private boolean fastDone() {
        return events.stream().filter(e -> e.startsWith("fast ") && e.endsWith(" success")).count() == PER_INSTANCE;
    }

    private static List<String> start(ProducerTemplate template, String name) {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < PER_INSTANCE; i++) {
            String file = EmulatedLalal.upload(template, name + i + ".wav", TestWav.stereo(200));
            tasks.add(EmulatedLalal.split(template, file).getHeader(LalalConstants.TASK_ID, String.class));
        }
        return tasks;
    }

    @Test
    void aRouteBlockedForTwiceTheLeaseLosesNoTaskAndNoEventIsDeliveredTwice() throws Exception {
        List<String> slowTasks = start(instance("slow", true), "slow");
        List<String> fastTasks = start(instance("fast", false), "fast");

        await().atMost(Duration.ofSeconds(60)).until(() -> events.stream().filter(e -> e.endsWith(" success"))
                .count() == 2 * PER_INSTANCE);

        assertThat(released.get() - blockedAt.get()).as("the route blocked for over twice the lease")
                .isGreaterThan(TimeUnit.MILLISECONDS.toNanos(2 * LEASE));
        assertThat(events).doesNotHaveDuplicates();
        assertThat(events.stream().filter(e -> e.endsWith(" success")).map(e -> e.split(" ")[1]))
                .doesNotHaveDuplicates();
        assertThat(events.stream().filter(e -> e.startsWith("slow ") && e.endsWith(" success"))
                .map(e -> e.split(" ")[1])).as("the blocked instance kept its tasks")
                .containsExactlyInAnyOrderElementsOf(slowTasks);
        assertThat(events.stream().filter(e -> e.startsWith("fast ") && e.endsWith(" success"))
                .map(e -> e.split(" ")[1])).containsExactlyInAnyOrderElementsOf(fastTasks);
    }
}
