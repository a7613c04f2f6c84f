package io.github.camellalal.component.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two store instances on one PostgreSQL table, as two Camel instances of a cluster: a claim never waits for rows
 * another instance is claiming, and an instance that keeps claiming keeps its tasks past its first lease.
 */
class JdbcTaskStoreClaimsTest {

    private static HikariDataSource database;

    @BeforeAll
    static void startDatabase() {
        database = EmbeddedPostgresSupport.newPooledDatabase();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    private static JdbcTaskStore store(String table, Duration lease) {
        JdbcTaskStore store = new JdbcTaskStore(database, lease);
        store.setTable(table);
        ServiceHelper.startService(store);
        return store;
    }

    private static List<String> ids(TaskStore store, String owner) {
        return store.claim(owner).stream().map(TrackedTask::fileId).toList();
    }

    private static boolean databaseSays(String condition) {
        return EmbeddedPostgresSupport.queryLong(database, "SELECT CASE WHEN " + condition + " THEN 1 ELSE 0 END") == 1;
    }

    @Test
    void aClaimSkipsRowsAnotherInstanceIsClaimingInsteadOfWaiting() throws Exception {
        JdbcTaskStore a = store("locked_tasks", Duration.ofSeconds(30));
        JdbcTaskStore b = store("locked_tasks", Duration.ofSeconds(30));
        a.add(List.of("busy", "free"), null);

        try (Connection claiming = database.getConnection(); Statement s = claiming.createStatement()) {
            // instance A in the middle of its claim: the row is locked until its transaction ends
            claiming.setAutoCommit(false);
            s.executeQuery("SELECT file_id FROM locked_tasks WHERE file_id = 'busy' FOR UPDATE").close();
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
        JdbcTaskStore a = store("renewed_tasks", Duration.ofMillis(1_000));
        JdbcTaskStore b = store("renewed_tasks", Duration.ofMillis(1_000));
        a.add(List.of("kept"), "A");
        long firstLease = EmbeddedPostgresSupport.queryLong(database,
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
