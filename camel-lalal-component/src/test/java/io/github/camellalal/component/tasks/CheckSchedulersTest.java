package io.github.camellalal.component.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The maxCheckInterval cap, the fixed sweep, and what a check history keeps. */
class CheckSchedulersTest {

    private static final long T0 = 1_800_000_000_000L;

    @Test
    void theCapBoundsAnyPredictionButKeepsEarlierOnesNeverCheckedAndEnded() {
        CheckScheduler farAway = (h, now) -> now + 3_600_000L;
        CheckScheduler capped = CheckSchedulers.capped(farAway, 300_000);
        CheckHistory checked = CheckHistory.tracked(T0, null).observed("progress", 10, T0 + 1_000);

        assertThat(capped.nextCheckMillis(checked, T0 + 1_000)).isEqualTo(T0 + 1_000 + 300_000);
        assertThat(CheckSchedulers.capped((h, now) -> T0 + 5_000, 300_000).nextCheckMillis(checked, T0 + 1_000))
                .isEqualTo(T0 + 5_000);
        assertThat(CheckSchedulers.capped((h, now) -> Long.MAX_VALUE, 300_000)
                .nextCheckMillis(checked.observed("success", 100, T0 + 2_000), T0 + 2_000)).isEqualTo(Long.MAX_VALUE);
        assertThat(capped.nextCheckMillis(CheckHistory.tracked(T0, null), T0)).isEqualTo(T0 + 3_600_000L);
    }

    @Test
    void aCapNotAboveZeroIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> CheckSchedulers.capped(new FixedSweepScheduler(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCheckInterval")
                .hasMessageContaining("0");
    }

    @Test
    void theFixedSweepTakesTheTaskCheckedLongestAgoFirst() {
        FixedSweepScheduler sweep = new FixedSweepScheduler();
        CheckHistory neverChecked = CheckHistory.tracked(T0 + 50_000, null);
        CheckHistory checkedLongAgo = CheckHistory.tracked(T0, null).observed("progress", 90, T0 + 10_000);
        CheckHistory checkedJustNow = CheckHistory.tracked(T0, null).observed("progress", 5, T0 + 60_000);
        long now = T0 + 60_000;

        assertThat(sweep.nextCheckMillis(checkedLongAgo, now)).isLessThan(sweep.nextCheckMillis(neverChecked, now));
        assertThat(sweep.nextCheckMillis(neverChecked, now)).isLessThan(sweep.nextCheckMillis(checkedJustNow, now));
        assertThat(sweep.nextCheckMillis(checkedJustNow.observed("error", null, now), now))
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aQueuedLookIsNotTheFirstProgressARateIsMeasuredFrom() {
        CheckHistory h = CheckHistory.tracked(T0, null).observed("progress", 0, T0 + 1_000);
        assertThat(h.firstProgressMillis()).isEqualTo(-1);
        assertThat(h.firstProgress()).isNull();

        h = h.observed("progress", 12, T0 + 30_000).observed("progress", 40, T0 + 60_000);
        assertThat(h.firstProgressMillis()).isEqualTo(T0 + 30_000);
        assertThat(h.firstProgress()).isEqualTo(12);
        assertThat(h.lastProgress()).isEqualTo(40);
    }
}
