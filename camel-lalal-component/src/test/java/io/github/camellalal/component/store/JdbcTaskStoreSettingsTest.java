package io.github.camellalal.component.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JDBC store's settings, and its failures: each names the table and what could not be done. */
class JdbcTaskStoreSettingsTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Test
    void aLeaseUnder100MillisecondsOrATableNameThatIsNotPlainSqlIsRefused() {
        assertThatThrownBy(() -> new JdbcTaskStore(POSTGRES.dataSource(), Duration.ofMillis(99)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The lease must be at least 100 ms, was PT0.099S");
        JdbcTaskStore store = new JdbcTaskStore(POSTGRES.dataSource(), Duration.ofMillis(100));
        assertThat(store.claimValidityMillis()).as("half the lease").isEqualTo(50);
        assertThat(store.isShared()).isTrue();

        assertThatThrownBy(() -> store.setTable("tasks; DROP TABLE x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a plain SQL table name: tasks; DROP TABLE x");
        assertThat(store.getTable()).isEqualTo("lalal_task");
        assertThat(store).hasToString("JdbcTaskStore[lalal_task, lease 100 ms]");
    }

    @Test
    void aSchemaQualifiedTableIsCreatedWithItsIndex() {
        try (var c = POSTGRES.dataSource().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS lalal");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        JdbcTaskStore store = new JdbcTaskStore(POSTGRES.dataSource(), Duration.ofSeconds(30));
        store.setTable("lalal.cluster_tasks");
        ServiceHelper.startService(store);

        store.add(List.of("q1"), "me");

        assertThat(store.size()).isOne();
        assertThat(POSTGRES.queryLong(
                "SELECT count(*) FROM pg_indexes WHERE schemaname = 'lalal' AND indexname = 'cluster_tasks_owner'"))
                .isOne();
    }

    @Test
    void withoutSchemaCreationAMissingTableFailsEachWriteNamingTheTable() {
        JdbcTaskStore store = new JdbcTaskStore(POSTGRES.dataSource(), Duration.ofSeconds(30));
        store.setTable("never_created");
        store.setCreateSchema(false);
        ServiceHelper.startService(store);

        // nothing to write: no statement, no failure
        store.add(List.of(), "me");
        store.deliveredAll(Map.of());
        store.removeAll(List.of());

        assertThatThrownBy(() -> store.add(List.of("a", "b"), "me")).isInstanceOf(RuntimeCamelException.class)
                .hasMessageStartingWith("Could not add 2 task(s) to the LALAL.AI task table never_created: ");
        assertThatThrownBy(() -> store.add(List.of("a"), null)).isInstanceOf(RuntimeCamelException.class)
                .hasMessageStartingWith("Could not add 1 task(s) to the LALAL.AI task table never_created: ");
        assertThatThrownBy(() -> store.claim("me")).isInstanceOf(RuntimeCamelException.class)
                .hasMessageStartingWith("Could not claim tasks in the LALAL.AI task table never_created: ");
        assertThatThrownBy(() -> store.delivered("a", new DeliveredState("progress", 1)))
                .hasMessageStartingWith("Could not update the LALAL.AI task table never_created: ");
        assertThatThrownBy(() -> store.deliveredAll(Map.of("a", DeliveredState.NONE)))
                .hasMessageStartingWith("Could not update the LALAL.AI task table never_created: ");
        assertThatThrownBy(() -> store.removeAll(List.of("a")))
                .hasMessageStartingWith("Could not remove tasks from the LALAL.AI task table never_created: ");
        assertThatThrownBy(store::size)
                .hasMessageStartingWith("Could not count tasks in the LALAL.AI task table never_created: ");
    }

    @Test
    void aFailedBatchLeavesNothingBehindAndTheConnectionUsable() {
        JdbcTaskStore store = new JdbcTaskStore(POSTGRES.dataSource(), Duration.ofSeconds(30));
        store.setTable("batch_tasks");
        ServiceHelper.startService(store);
        store.add(List.of("ok"), "me");
        String tooLong = "x".repeat(300); // task_id is VARCHAR(255)

        assertThatThrownBy(() -> store.add(List.of("first", tooLong), "me")).isInstanceOf(RuntimeCamelException.class);
        assertThatThrownBy(() -> store.deliveredAll(Map.of("ok", new DeliveredState("p".repeat(40), 1))))
                .isInstanceOf(RuntimeCamelException.class);

        assertThat(store.claim("me")).as("the batch was rolled back whole")
                .containsExactly(new TrackedTask("ok", DeliveredState.NONE));
        store.add(List.of("after"), null);
        assertThat(store.size()).isEqualTo(2);
    }
}
