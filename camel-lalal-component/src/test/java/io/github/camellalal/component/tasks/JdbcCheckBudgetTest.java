package io.github.camellalal.component.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.component.store.PostgresDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances' budgets for one license in one database pace their check requests together: slots one interval
 * (60 s / budget + 5 %) apart whichever instance takes them, so no rolling minute sees more than the budget; a pause
 * one instance records stops the other; another license has a budget of its own; the table never holds the key.
 */
class JdbcCheckBudgetTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    private static final int BUDGET = 600;
    private static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(105); // 60 s / 600 + 5 %

    @Test
    void twoInstancesTakeSlotsOneIntervalApartOnTheDatabaseClock() {
        List<Long> slots = new CopyOnWriteArrayList<>();
        JdbcCheckBudget a = new JdbcCheckBudget(POSTGRES.dataSource(), "shared-license-key", BUDGET);
        JdbcCheckBudget b = new JdbcCheckBudget(POSTGRES.dataSource(), "shared-license-key", BUDGET);
        a.onSlot(slots::add);
        b.onSlot(slots::add);

        List<Long> waits = new ArrayList<>();
        long begun = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            waits.add((i % 2 == 0 ? a : b).reserve());
        }
        long asking = System.nanoTime() - begun;

        // asked for at once (within the time the 20 statements took), 20 slots reach 19 intervals ahead
        assertThat(waits.get(19) + asking).isGreaterThan(19 * INTERVAL - TimeUnit.MILLISECONDS.toNanos(2));
        List<Long> sorted = slots.stream().sorted().toList();
        assertThat(sorted).hasSize(20);
        for (int i = 1; i < sorted.size(); i++) {
            // on the database's clock, in microseconds
            assertThat(sorted.get(i) - sorted.get(i - 1)).as("gap before slot %d", i)
                    .isGreaterThanOrEqualTo(INTERVAL - 1_000);
        }
        // the table names the license by the SHA-256 of its key, never the key
        assertThat(POSTGRES.queryLong("SELECT count(*) FROM lalal_check_budget WHERE license = '"
                + JdbcCheckBudget.sha256("shared-license-key") + "'")).isOne();
        assertThat(POSTGRES.queryLong("SELECT count(*) FROM lalal_check_budget WHERE license LIKE '%shared%'"))
                .isZero();
        assertThat(JdbcCheckBudget.sha256("shared-license-key")).hasSize(64);
    }

    @Test
    void aPauseOneInstanceSawStopsTheOtherAndAnotherLicenseIsNotPaced() {
        JdbcCheckBudget a = new JdbcCheckBudget(POSTGRES.dataSource(), "paused-license-key", BUDGET);
        JdbcCheckBudget b = new JdbcCheckBudget(POSTGRES.dataSource(), "paused-license-key", BUDGET);
        JdbcCheckBudget other = new JdbcCheckBudget(POSTGRES.dataSource(), "other-license-key", BUDGET);
        assertThat(b.pausedNow()).isFalse();

        a.pause(Duration.ofSeconds(5)); // a 429 with Retry-After: 5 seen by instance A

        assertThat(b.pausedNow()).as("B sees A's pause").isTrue();
        assertThat(b.reserve()).as("B's next slot is after the pause")
                .isBetween(TimeUnit.SECONDS.toNanos(4), TimeUnit.SECONDS.toNanos(6));
        assertThat(other.pausedNow()).isFalse();
        assertThat(other.reserve()).as("another license's first slot is now").isLessThanOrEqualTo(0);
    }
}
