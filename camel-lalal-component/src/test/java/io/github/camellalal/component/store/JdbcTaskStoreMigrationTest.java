package io.github.camellalal.component.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A table in the layout of the previous release (task ids in column {@code file_id}) is migrated on start: its rows
 * are still tracked, under column {@code task_id}, with their delivered states; several instances starting at once
 * migrate it once and all start.
 */
class JdbcTaskStoreMigrationTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    /** The exact DDL the previous release created, with rows in it. */
    private static void oldTable(String table) {
        try (Connection c = POSTGRES.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (file_id VARCHAR(255) PRIMARY KEY, state VARCHAR(32),"
                    + " progress INTEGER, owner VARCHAR(255), lease_until TIMESTAMP WITH TIME ZONE,"
                    + " added_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP)");
            s.execute("CREATE INDEX IF NOT EXISTS " + table + "_owner ON " + table + " (owner)");
            s.execute("INSERT INTO " + table + " (file_id, state, progress) VALUES ('old-1', 'progress', 40),"
                    + " ('old-2', NULL, NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theRowsOfAnOldTableAreTrackedUnderTheNewColumn() {
        oldTable("old_tasks");

        JdbcTaskStore store = POSTGRES.store("old_tasks", Duration.ofSeconds(30));

        assertThat(store.claim("me")).extracting(TrackedTask::taskId, TrackedTask::delivered).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("old-1", new DeliveredState("progress", 40)),
                org.assertj.core.groups.Tuple.tuple("old-2", DeliveredState.NONE));
        assertThat(POSTGRES.queryLong("SELECT count(*) FROM old_tasks WHERE task_id LIKE 'old-%'")).isEqualTo(2);
        assertThat(POSTGRES.queryLong("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = 'old_tasks' AND column_name = 'file_id'")).isZero();
        // and a second start finds nothing left to migrate
        assertThat(POSTGRES.store("old_tasks", Duration.ofSeconds(30)).size()).isEqualTo(2);
    }

    @Test
    void instancesStartingAtOnceMigrateOnceAndAllStart() throws Exception {
        oldTable("raced_tasks");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(() -> POSTGRES.store("raced_tasks", Duration.ofSeconds(30)).size());
            }
            List<Integer> sizes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(starts)) {
                sizes.add(f.get());
            }
            assertThat(sizes).containsOnly(2);
        } finally {
            pool.shutdownNow();
        }
        JdbcTaskStore store = POSTGRES.store("raced_tasks", Duration.ofSeconds(30));
        assertThat(store.claim("me").stream().map(TrackedTask::taskId).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("old-1", "old-2");
    }
}
