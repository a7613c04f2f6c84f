package io.github.camellalal.component.tasks;

/**
 * What the component knows of one tracked task when it decides when to check it next: when tracking began, what the
 * last check saw and when, and the first progress seen (for a progress rate). Times are epoch milliseconds of the
 * clock that schedules the checks (the database's in a shared store).
 *
 * <p>Not an API: public for the component's own classes only.
 *
 * @param trackedSinceMillis  when the component began tracking the task (its split request, when known)
 * @param sourceSeconds       the source's duration in seconds, or {@code null} when unknown (e.g. {@code lalal:track})
 * @param lastCheckedMillis   when a check last saw the task, {@code -1} before any
 * @param lastState           the state that check saw, {@code null} before any or while uploaded but not split
 * @param lastProgress        the progress that check saw, or {@code null}
 * @param firstProgressMillis when a check first saw the task in progress (progress above 0: 0 means queued),
 *                            {@code -1} before that
 * @param firstProgress       the progress seen then, or {@code null}
 */
public record CheckHistory(
        long trackedSinceMillis,
        Integer sourceSeconds,
        long lastCheckedMillis,
        String lastState,
        Integer lastProgress,
        long firstProgressMillis,
        Integer firstProgress) {

    /** The history of a task that no check has seen yet. */
    public static CheckHistory tracked(long trackedSinceMillis, Integer sourceSeconds) {
        return new CheckHistory(trackedSinceMillis, sourceSeconds, -1, null, null, -1, null);
    }

    /** This history after a check at {@code nowMillis} saw {@code state} with {@code progress}. */
    public CheckHistory observed(String state, Integer progress, long nowMillis) {
        // progress 0 means queued (v1's contract), not in progress: a rate measured from a queued look would count
        // the rest of the queue as processing time
        boolean firstInProgress = firstProgressMillis < 0 && "progress".equals(state) && progress != null
                && progress > 0;
        return new CheckHistory(trackedSinceMillis, sourceSeconds, nowMillis, state, progress,
                firstInProgress ? nowMillis : firstProgressMillis, firstInProgress ? progress : firstProgress);
    }
}
