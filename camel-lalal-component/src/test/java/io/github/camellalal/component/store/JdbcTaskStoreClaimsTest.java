package io.github.camellalal.component.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two store instances on one PostgreSQL table, as two Camel instances of a cluster: a claim never waits for rows
 * another instance is claiming, and an instance that keeps claiming keeps its tasks past its first lease.
 */
class JdbcTaskStoreClaimsTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    private static List<String> ids(TaskStore store, String owner) {
        return store.claim(owner).stream().map(TrackedTask::taskId).toList();
    }

    private static boolean databaseSays(String condition) {
        return POSTGRES.queryLong("SELECT CASE WHEN " + condition + " THEN 1 ELSE 0 END") == 1;
    }

    @Test
    void aClaimSkipsRowsAnotherInstanceIsClaimingInsteadOfWaiting() throws Exception {
        JdbcTaskStore a = POSTGRES.store("locked_tasks", Duration.ofSeconds(30));
        JdbcTaskStore b = POSTGRES.store("locked_tasks", Duration.ofSeconds(30));
        a.add(List.of("busy", "free"), null);

        try (Connection claiming = POSTGRES.dataSource().getConnection(); Statement s = claiming.createStatement()) {
            // instance A in the middle of its claim: the row is locked until its transaction ends
            claiming.setAutoCommit(false);
            s.executeQuery("SELECT task_id FROM locked_tasks WHERE task_id = 'busy' FOR UPDATE").close();
            try {
                CompletableFuture<List<String>> ofB = CompletableFuture.supplyAsync(() -> ids(b, "B"));

                assertThat(ofB.get(5, TimeUnit.SECONDS)).as("B does not wait for A's lock").containsExactly("free");
            } finally {
                claiming.rollback();
            }
        }
        assertThat(ids(a, "A")).as("the row A left free is taken by the next claim").containsExactly("busy");
    }

    @Test
    void anInstanceThatKeepsClaimingKeepsItsTasksPastItsFirstLease() {
        JdbcTaskStore a = POSTGRES.store("renewed_tasks", Duration.ofMillis(1_000));
        JdbcTaskStore b = POSTGRES.store("renewed_tasks", Duration.ofMillis(1_000));
        a.add(List.of("kept"), "A");
        long firstLease = POSTGRES.queryLong(
                "SELECT (extract(epoch FROM lease_until) * 1000)::bigint FROM renewed_tasks");

        // past half the lease, on the database's clock: the next claim renews it
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> databaseSays(
                "clock_timestamp() > to_timestamp(" + (firstLease - 500) + " / 1000.0)"));
        assertThat(ids(a, "A")).containsExactly("kept");
        // and past the end of the first lease: B finds the task still held
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> databaseSays(
                "clock_timestamp() > to_timestamp(" + firstLease + " / 1000.0)"));

        assertThat(ids(b, "B")).isEmpty();
        assertThat(ids(a, "A")).containsExactly("kept");
    }
}
