package io.github.camellalal.component.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The public hook simulations use: a budget on their clock, slots taken without waiting. */
class CheckBudgetOnClockTest {

    @Test
    void slotsOnACallersClockAreSpacedAsTheComponentSpacesItsRequests() {
        long[] now = {TimeUnit.HOURS.toNanos(1)};
        CheckBudget budget = CheckBudget.onClock(30, () -> now[0]);

        assertThat(budget.reserveSlot()).as("the first slot is free now").isZero();
        long wait = budget.reserveSlot();
        assertThat(wait).as("2 s and a 1 %% margin").isEqualTo(TimeUnit.MILLISECONDS.toNanos(2020));
        now[0] += wait;
        assertThat(budget.reserveSlot()).as("the next slot, one interval after the one just begun")
                .isEqualTo(wait);
        now[0] += TimeUnit.MINUTES.toNanos(1);
        assertThat(budget.reserveSlot()).as("after a quiet minute: at once, no burst saved up").isZero();
        assertThat(budget.perMinute()).isEqualTo(30);
    }
}
