package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camellalal.component.store.EmbeddedPostgresSupport;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The master: setup: a standby instance runs no tasks consumer, yet the files its producers start reach the shared
 * store set on its component, and the active instance's consumer delivers their events (here with its store writes
 * batched per check request).
 */
class LalalTasksSharedStoreTest {

    private static final String KEY = "shared-key";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofMillis(500)).build();

    private static HikariDataSource database;
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startDatabase() {
        database = EmbeddedPostgresSupport.newPooledDatabase();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    private CamelContext context(boolean active) throws Exception {
        CamelContext context = new DefaultCamelContext();
        LalalComponent lalal = new LalalComponent();
        lalal.getConfiguration().setApiKey(KEY);
        lalal.getConfiguration().setBaseUrl(EMULATOR.baseUrl());
        lalal.getConfiguration().setDataSource(database);
        context.addComponent("lalal", lalal);
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
            id = standby.createProducerTemplate().request("lalal:upload", x -> {
                x.getMessage().setBody(TestWav.stereo(200));
                x.getMessage().setHeader(LalalConstants.FILE_NAME, "from-standby.wav");
            }).getMessage().getHeader(LalalConstants.FILE_ID, String.class);
            standby.createProducerTemplate().sendBodyAndHeader("lalal:split", null, LalalConstants.FILE_ID, id);
        } finally {
            standby.stop();
        }
        assertThat(EmbeddedPostgresSupport.queryLong(database,
                "SELECT count(*) FROM lalal_task WHERE owner IS NULL")).isEqualTo(1);

        CamelContext active = context(true);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> events.contains(id + " success"));
            // the batch's store writes follow its exchanges on the poll thread, which stop() interrupts
            await().atMost(Duration.ofSeconds(10)).until(() -> EmbeddedPostgresSupport.queryLong(database,
                    "SELECT count(*) FROM lalal_task") == 0);
        } finally {
            active.stop();
        }
        // (progress too, if the task still ran when the active instance first checked it)
        assertThat(events.stream().filter(e -> !e.endsWith(" progress"))).containsExactly(id + " success");
    }
}
