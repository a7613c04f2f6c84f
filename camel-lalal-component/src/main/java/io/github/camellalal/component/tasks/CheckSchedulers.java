package io.github.camellalal.component.tasks;

/**
 * What every check scheduler gets from outside: the {@code maxCheckInterval} cap, so that whatever a scheduler
 * predicts, no tracked task goes longer than the cap without a check (nothing starves).
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class CheckSchedulers {

    private CheckSchedulers() {
    }

    /**
     * {@code scheduler}, but never later than {@code maxIntervalMillis} after the task's last check (a task never
     * checked keeps the scheduler's time); a terminal task stays unscheduled ({@link Long#MAX_VALUE}).
     *
     * @throws IllegalArgumentException when {@code maxIntervalMillis} is not above 0
     */
    public static CheckScheduler capped(CheckScheduler scheduler, long maxIntervalMillis) {
        if (maxIntervalMillis <= 0) {
            throw new IllegalArgumentException("maxCheckInterval must be above 0 ms: " + maxIntervalMillis);
        }
        java.util.Objects.requireNonNull(scheduler, "scheduler");
        return (history, nowMillis) -> {
            long due = scheduler.nextCheckMillis(history, nowMillis);
            if (due == Long.MAX_VALUE || history.lastCheckedMillis() < 0) {
                return due;
            }
            return Math.min(due, history.lastCheckedMillis() + maxIntervalMillis);
        };
    }

    /** Whether a check that saw {@code state} was the task's last: it ended and leaves the tracked set. */
    static boolean terminal(String state) {
        return "success".equals(state) || "error".equals(state) || "cancelled".equals(state);
    }
}
