package io.github.camellalal.component.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The check budget on a clock the test controls, at its edges: a clock reading below zero (System.nanoTime may),
 * a longer pause after a shorter one, an idle budget, and the slots it reports.
 */
class CheckBudgetClockTest {

    private static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(2020); // 2 s and a 1 % margin

    private long now;

    private CheckBudget budgetAt(long start) {
        now = start;
        return new CheckBudget(30, () -> now);
    }

    @Test
    void onAClockBelowZeroTheFirstRequestGoesAtOnceAndAPauseHolds() {
        CheckBudget budget = budgetAt(-TimeUnit.MINUTES.toNanos(5));

        assertThat(budget.reserve()).isZero();
        assertThat(budget.reserve()).isEqualTo(INTERVAL);

        CheckBudget paused = budgetAt(-TimeUnit.MINUTES.toNanos(5));
        paused.pause(Duration.ofSeconds(4));
        assertThat(paused.reserve()).isEqualTo(TimeUnit.SECONDS.toNanos(4));
    }

    @Test
    void aLongerPauseExtendsAShorterOne() {
        CheckBudget budget = budgetAt(TimeUnit.SECONDS.toNanos(1));
        budget.pause(Duration.ofSeconds(3));
        budget.pause(Duration.ofSeconds(8));

        assertThat(budget.reserve()).isEqualTo(TimeUnit.SECONDS.toNanos(8));
    }

    @Test
    void afterAnIdleMinuteTheNextRequestGoesAtOnce() {
        CheckBudget budget = budgetAt(TimeUnit.SECONDS.toNanos(1));
        budget.reserve();
        budget.reserve();
        now += TimeUnit.MINUTES.toNanos(1);

        assertThat(budget.reserve()).isZero();
        assertThat(budget.reserve()).isEqualTo(INTERVAL);
    }

    @Test
    void everySlotTakenIsReportedWithItsStart() {
        CheckBudget budget = budgetAt(TimeUnit.SECONDS.toNanos(1));
        List<Long> slots = new ArrayList<>();
        budget.onSlot(slots::add);

        budget.reserve();
        budget.reserve();
        now += TimeUnit.SECONDS.toNanos(1);
        budget.reserve();

        long t0 = TimeUnit.SECONDS.toNanos(1);
        assertThat(slots).containsExactly(t0, t0 + INTERVAL, t0 + 2 * INTERVAL);
        assertThat(budget.perMinute()).isEqualTo(30);
    }
}
