package io.github.camellalal.component.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The likely-change scheduler spends checks where tasks are about to end, and never forgets one. */
class LikelyChangeSchedulerTest {

    private static final long T0 = 1_800_000_000_000L;
    private static final long SECOND = 1_000;
    private final LikelyChangeScheduler scheduler = new LikelyChangeScheduler();

    /** A task split at T0, queued until {@code start}, then gaining one point every {@code perPoint} ms. */
    private static CheckHistory steady(Integer source, long start, long perPoint, long... looks) {
        CheckHistory h = CheckHistory.tracked(T0, source).observed("progress", 0, T0);
        for (long at : looks) {
            h = h.observed("progress", at <= start ? 0 : (int) Math.min(99, (at - start) / perPoint), at);
        }
        return h;
    }

    @Test
    void aTaskNeverCheckedIsDueNowUnlessTheComponentSplitItAndKnowsItsSource() {
        long now = T0 + 5 * SECOND;

        assertThat(scheduler.nextCheckMillis(CheckHistory.tracked(T0, null), now))
                .as("handed over, start unknown: due at once").isLessThanOrEqualTo(now);
        assertThat(scheduler.nextCheckMillis(CheckHistory.tracked(T0, 240), now))
                .as("a split of a 240 s source: not under way before a quarter of it").isEqualTo(T0 + 60 * SECOND);
        assertThat(scheduler.nextCheckMillis(CheckHistory.tracked(T0, 10), now))
                .as("a short source: the queued tasks' shortest wait").isEqualTo(T0 + 20 * SECOND);
    }

    @Test
    void aTaskAtNinetyPercentWithASteadyRateIsDueBeforeOneAtTen() {
        // both gain a point a second and were looked at twice in progress
        CheckHistory ninety = steady(null, T0, SECOND, T0 + 70 * SECOND, T0 + 90 * SECOND);
        CheckHistory ten = steady(null, T0 + 80 * SECOND, SECOND, T0 + 82 * SECOND, T0 + 90 * SECOND);
        long now = T0 + 90 * SECOND;
        assertThat(ninety.lastProgress()).isEqualTo(90);
        assertThat(ten.lastProgress()).isEqualTo(10);

        long dueNinety = scheduler.nextCheckMillis(ninety, now);
        long dueTen = scheduler.nextCheckMillis(ten, now);

        assertThat(dueNinety).isLessThan(dueTen);
        assertThat(dueNinety - now).as("10 points left at a point a second").isBetween(2 * SECOND, 10 * SECOND);
        assertThat(dueTen - now).as("90 points left: looked at again on the way").isBetween(10 * SECOND,
                90 * SECOND);
    }

    @Test
    void aQueuedTaskIsDueLaterThanATaskInProgressNearItsEnd() {
        long now = T0 + 60 * SECOND;
        CheckHistory queued = steady(null, Long.MAX_VALUE, SECOND, T0 + 30 * SECOND, now);
        CheckHistory nearEnd = steady(null, T0 - 35 * SECOND, SECOND, T0 + 30 * SECOND, now);
        assertThat(queued.lastProgress()).isZero();
        assertThat(nearEnd.lastProgress()).isEqualTo(95);

        assertThat(scheduler.nextCheckMillis(queued, now)).isGreaterThan(scheduler.nextCheckMillis(nearEnd, now));
        assertThat(scheduler.nextCheckMillis(queued, now) - now).as("queued: less often")
                .isGreaterThanOrEqualTo(LikelyChangeScheduler.QUEUED_MIN_SECONDS * SECOND);
    }

    @Test
    void aQueuedTaskWithAKnownSourceIsNotLookedAtBeforeItCanBeWellUnderWay() {
        long now = T0 + 10 * SECOND;
        CheckHistory queued = CheckHistory.tracked(T0, 600).observed("progress", 0, now);

        // 600 s of source: at least 300 s of processing; a look after 150 s sees it a good way in, not at its end
        assertThat(scheduler.nextCheckMillis(queued, now) - now).isEqualTo(150 * SECOND);
    }

    @Test
    void aTaskNearTheCheckHorizonIsDueNow() {
        long now = T0 + 23 * 3_600_000L + 30 * 60_000L; // 23.5 h after its split
        CheckHistory old = CheckHistory.tracked(T0, null).observed("progress", 0, now - 1);

        assertThat(scheduler.nextCheckMillis(old, now)).isLessThanOrEqualTo(now);
        CheckHistory younger = CheckHistory.tracked(T0, null).observed("progress", 0, T0 + 3_600_000L);
        assertThat(scheduler.nextCheckMillis(younger, T0 + 3_600_000L)).isGreaterThan(T0 + 3_600_000L);
    }

    @Test
    void aTaskThatEndedIsNotScheduled() {
        CheckHistory h = CheckHistory.tracked(T0, null);
        for (String end : new String[] {"success", "error", "cancelled"}) {
            assertThat(scheduler.nextCheckMillis(h.observed(end, null, T0 + SECOND), T0 + SECOND)).as(end)
                    .isEqualTo(Long.MAX_VALUE);
        }
    }

    @Test
    void aTaskThatRunsPastItsExpectedEndIsLookedAtAgainSoon() {
        // 99 % after 99 s at a point a second: one point left, yet not done
        CheckHistory late = steady(null, T0, SECOND, T0 + 50 * SECOND, T0 + 99 * SECOND);
        long now = T0 + 99 * SECOND;

        assertThat(scheduler.nextCheckMillis(late, now) - now).isBetween(LikelyChangeScheduler.MIN_STEP_MILLIS,
                2 * LikelyChangeScheduler.MIN_STEP_MILLIS);
    }

    @Test
    void aSmallGainIsNoRateToWaitLongOn() {
        // 3 points in 60 s would say 32 minutes to go; the next look comes after at most those 60 s
        CheckHistory slow = CheckHistory.tracked(T0, null).observed("progress", 2, T0)
                .observed("progress", 5, T0 + 60 * SECOND);

        assertThat(scheduler.nextCheckMillis(slow, T0 + 60 * SECOND) - (T0 + 60 * SECOND)).isEqualTo(60 * SECOND);
    }
}
