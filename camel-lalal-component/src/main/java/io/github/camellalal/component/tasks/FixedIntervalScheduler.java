package io.github.camellalal.component.tasks;

/**
 * Checks every task a fixed time after its last check: with interval 0, every task on every poll (a sweep of the
 * tracked tasks, oldest check first). The default until a scheduler that predicts state changes is set.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class FixedIntervalScheduler implements CheckScheduler {

    private final long intervalMillis;

    /** Every task {@code intervalMillis} after its last check (0 or more). */
    public FixedIntervalScheduler(long intervalMillis) {
        if (intervalMillis < 0) {
            throw new IllegalArgumentException("The check interval must be 0 or more, was " + intervalMillis);
        }
        this.intervalMillis = intervalMillis;
    }

    @Override
    public long nextCheckMillis(CheckHistory history, long nowMillis) {
        return history.lastCheckedMillis() < 0 ? nowMillis : history.lastCheckedMillis() + intervalMillis;
    }
}
