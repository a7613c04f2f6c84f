package io.github.camellalal.component.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The writes that record a delivery are conditional on the claim: once another instance took a task (the first
 * one's lease lapsed), the first one's writes change nothing and say so, and the new holder's take effect. A renewal
 * keeps a claim past its first lease.
 */
class JdbcTaskStoreFencingTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Test
    void aLostClaimRecordsNothingAndTheNewHolderDoes() {
        JdbcTaskStore a = POSTGRES.store("fenced_tasks", Duration.ofMillis(300));
        JdbcTaskStore b = POSTGRES.store("fenced_tasks", Duration.ofMillis(300));
        a.add(List.of("t1", "t2", "t3"), "A");
        assertThat(a.delivered("t1", new DeliveredState("progress", 10), "A")).as("A holds t1").isTrue();

        await().atMost(Duration.ofSeconds(5)).until(() -> b.claim("B").size() == 3);

        assertThat(a.delivered("t1", new DeliveredState("progress", 20), "A")).isFalse();
        assertThat(a.remove("t2", "A")).isFalse();
        assertThat(a.removeAll(List.of("t2", "t3"), "A")).containsExactlyInAnyOrder("t2", "t3");
        assertThat(a.deliveredAll(Map.of("t3", new DeliveredState("progress", 5)), "A")).containsExactly("t3");
        assertThat(a.size()).as("A removed nothing").isEqualTo(3);
        assertThat(POSTGRES.queryLong("SELECT progress FROM fenced_tasks WHERE task_id = 't1'")).isEqualTo(10);

        assertThat(b.remove("t2", "B")).isTrue();
        assertThat(b.removeAll(List.of("t3"), "B")).isEmpty();
        assertThat(b.delivered("t1", new DeliveredState("progress", 30), "B")).isTrue();
        assertThat(POSTGRES.queryLong("SELECT progress FROM fenced_tasks WHERE task_id = 't1'")).isEqualTo(30);
    }

    @Test
    void aRenewalKeepsTheClaimWithoutAClaim() {
        JdbcTaskStore a = POSTGRES.store("renewed_only_tasks", Duration.ofMillis(400));
        JdbcTaskStore b = POSTGRES.store("renewed_only_tasks", Duration.ofMillis(400));
        a.add(List.of("kept"), "A");
        long until = POSTGRES.queryLong("SELECT (extract(epoch FROM lease_until) * 1000)::bigint"
                + " FROM renewed_only_tasks");

        await().atMost(Duration.ofSeconds(5)).until(() -> {
            a.renew("A");
            return POSTGRES.queryLong("SELECT (extract(epoch FROM lease_until) * 1000)::bigint"
                    + " FROM renewed_only_tasks") > until + 500;
        });

        assertThat(b.claim("B")).as("B takes nothing A renewed").isEmpty();
        assertThat(a.remove("kept", "A")).isTrue();
    }
}
