package io.github.camellalal.component.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The check budget on a clock the test controls: even spacing, never over budget in a rolling minute, 429 pause. */
class CheckBudgetTest {

    private long now = 1_000_000_000L;
    private final CheckBudget budget = new CheckBudget(30, () -> now);

    /** Start times (ns) of {@code n} requests asked for at once. */
    private List<Long> startsOf(int n) {
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            starts.add(now + budget.reserve());
        }
        return starts;
    }

    @Test
    void requestsAskedForAtOnceLeaveEvenlySpacedNeverMoreThanTheBudgetInAnyMinute() {
        List<Long> starts = startsOf(100);

        assertThat(starts.get(0)).as("the first goes at once").isEqualTo(now);
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 1)).as("gap %d", i)
                    .isEqualTo(TimeUnit.MILLISECONDS.toNanos(2020)); // 2 s and a 1 % margin
        }
        long minute = TimeUnit.MINUTES.toNanos(1);
        for (long from : starts) {
            long inWindow = starts.stream().filter(s -> s >= from && s <= from + minute).count();
            assertThat(inWindow).as("requests in the minute from %d", from).isLessThanOrEqualTo(30);
        }
    }

    @Test
    void anIdleBudgetDoesNotSaveUpABurst() {
        budget.reserve();
        now += TimeUnit.MINUTES.toNanos(10);

        List<Long> starts = startsOf(3);

        assertThat(starts.get(1) - starts.get(0)).isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(2));
        assertThat(starts.get(2) - starts.get(1)).isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void aPauseHoldsEveryCheckUntilItsEnd() {
        budget.reserve();
        now += TimeUnit.SECONDS.toNanos(5);
        budget.pause(Duration.ofSeconds(7));
        budget.pause(Duration.ofSeconds(3)); // a shorter pause never shortens a longer one

        assertThat(budget.reserve()).isEqualTo(TimeUnit.SECONDS.toNanos(7));
        assertThat(budget.reserve()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(9020));
    }
}
