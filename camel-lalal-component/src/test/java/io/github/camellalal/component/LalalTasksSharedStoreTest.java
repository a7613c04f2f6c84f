package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.component.store.PostgresDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The master: setup: a standby instance runs no tasks consumer, yet the files its producers start reach the shared
 * store set on its component, and the active instance's consumer delivers their events (here with its store writes
 * batched per check request).
 */
class LalalTasksSharedStoreTest {

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("shared-key").taskDuration(Duration.ofMillis(500))
            .build();

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();
    private final List<String> events = new CopyOnWriteArrayList<>();

    private CamelContext context(boolean active) throws Exception {
        CamelContext context = LALAL.newContext();
        context.getComponent("lalal", LalalComponent.class).getConfiguration().setDataSource(POSTGRES.dataSource());
        if (active) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("lalal:tasks?delay=100&initialDelay=0&batchStoreWrites=true").process(e -> events.add(
                            e.getMessage().getHeader(LalalConstants.FILE_ID) + " "
                            + e.getMessage().getHeader(LalalConstants.TASK_STATE)));
                }
            });
        }
        context.start();
        return context;
    }

    @Test
    void filesAStandbyStartsAreDeliveredByTheActiveInstance() throws Exception {
        CamelContext standby = context(false);
        String id;
        try {
            id = EmulatedLalal.uploadAndSplit(standby.createProducerTemplate(), "from-standby.wav",
                    TestWav.stereo(200));
        } finally {
            standby.stop();
        }
        assertThat(POSTGRES.queryLong("SELECT count(*) FROM lalal_task WHERE owner IS NULL")).isEqualTo(1);

        CamelContext active = context(true);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> events.contains(id + " success"));
        } finally {
            active.stop();
        }
        // (progress too, if the task still ran when the active instance first checked it)
        assertThat(events.stream().filter(e -> !e.endsWith(" progress"))).containsExactly(id + " success");
        assertThat(POSTGRES.queryLong("SELECT count(*) FROM lalal_task")).isZero();
    }
}
