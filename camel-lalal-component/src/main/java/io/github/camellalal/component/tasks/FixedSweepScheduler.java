package io.github.camellalal.component.tasks;

/**
 * The fixed sweep: every tracked task is due again as soon as it was checked, so each request takes the tasks
 * checked longest ago (never-checked ones first, oldest tracked first). Each task is checked once per sweep of the
 * whole tracked set, whatever its state: at 10,000 tasks, 200 ids a request and a request every 2 s, once every
 * 100 s. The baseline the {@link LikelyChangeScheduler} is measured against.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class FixedSweepScheduler implements CheckScheduler {

    @Override
    public long nextCheckMillis(CheckHistory history, long nowMillis) {
        if (CheckSchedulers.terminal(history.lastState())) {
            return Long.MAX_VALUE;
        }
        return history.lastCheckedMillis() < 0 ? history.trackedSinceMillis() : history.lastCheckedMillis();
    }
}
