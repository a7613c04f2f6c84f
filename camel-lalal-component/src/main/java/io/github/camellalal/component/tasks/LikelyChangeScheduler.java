package io.github.camellalal.component.tasks;

/**
 * Checks a task when it is likely to have changed state: spends the scarce check requests where tasks are about to
 * finish, not on tasks still queued or far from done. From what earlier checks saw ({@link CheckHistory}):
 * <ul>
 * <li>a task never checked is due at once, unless the component split it and knows the source's duration (from the
 * upload): it is queued at first and not under way before a quarter of that duration, so its first look waits that
 * long (at least {@value #QUEUED_MIN_SECONDS} s). At 10,000 tasks that saves about one check of six per task;
 * requests are filled with the tasks due next, so at small scale it is checked at once all the same;</li>
 * <li>a queued task (progress 0) is checked less often: after half the time it has waited so far, between
 * {@value #QUEUED_MIN_SECONDS} s and {@value #QUEUED_MAX_SECONDS} s; with the source's duration known, not before a
 * quarter of it (processing takes half the source's duration or more: the task is then likely under way);</li>
 * <li>a task in progress: the progress it gained since a check first saw it in progress, over the time between,
 * gives a rate and an expected end; while that end is further than {@value #NEAR_MILLIS} ms the next check comes at
 * most {@value #FAR_LEAD} of the way there, less after a small gain (a closer look corrects the estimate: progress is
 * rough and not linear), then at the end, and again shortly after while the task runs on. A gain of under
 * {@value #MIN_GAIN} points is no rate to trust: the next look comes after at most the time that gain took. With
 * the source's duration known, the end is at most 1.5 times the source's duration ahead for the progress left.
 * With one look in progress only, the source's duration
 * (processing takes at least half of it) tells when a second look is worth it; failing that, the time since it
 * was tracked (at most that long for the progress it made, if it began after) caps the wait, between
 * {@value #SECOND_LOOK_MIN_SECONDS} s and {@value #SECOND_LOOK_SECONDS} s;</li>
 * <li>no task is left for later than {@value #HORIZON_MARGIN_MINUTES} minutes before v1's 24-hour check horizon
 * (a check no longer answers for older tasks): a task that old is due now;</li>
 * <li>a task that ended is not scheduled ({@link Long#MAX_VALUE}): it leaves the tracked set.</li>
 * </ul>
 * The times depend on the history only, not on the time the scheduler is asked, so a store may compute a task's due
 * time once, when a check has seen it, and keep it. The {@code maxCheckInterval} cap is applied on top
 * ({@link CheckSchedulers#capped}).
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class LikelyChangeScheduler implements CheckScheduler {

    static final long QUEUED_MIN_SECONDS = 20;
    static final long QUEUED_MAX_SECONDS = 120;
    static final long SECOND_LOOK_SECONDS = 60;
    static final long SECOND_LOOK_MIN_SECONDS = 10;
    static final long HORIZON_MARGIN_MINUTES = 30;
    /** v1 answers a check for a task only this long after the task was created. */
    static final long CHECK_HORIZON_MILLIS = 24 * 3_600_000L;
    /** Below a check's spacing (2 s at v1's 30 a minute) a closer look buys nothing. */
    static final long MIN_STEP_MILLIS = 2_000;
    /**
     * Processing takes at least this many seconds per second of source... The source's duration serves as bounds
     * only, never as the expected end: how fast the service works varies with its load and the splitter, so a check
     * before the lower bound cannot see the end, and the upper bound stops a rate gone wrong (a noisy first gain)
     * from leaving a task for long. Progress, measured on the task itself, gives the expected end.
     */
    static final double MIN_SECONDS_PER_SOURCE_SECOND = 0.5;
    /** ...and at most this many. */
    static final double MAX_SECONDS_PER_SOURCE_SECOND = 1.5;
    /** Progress gained below this many points gives no rate worth trusting (the service's figures are rough). */
    static final int MIN_GAIN = 8;
    /** An expected end further than this is approached in steps (checked at {@link #FAR_LEAD} of the way). */
    static final long NEAR_MILLIS = 30_000;
    static final double FAR_LEAD = 0.85;
    /**
     * A rate from a small gain is rough (the service's figures are whole points, and not quite linear in time): the
     * lead is {@value #LEAD_BASE} less {@value #NOISE_POINTS} points over the gain, between 0.5 and {@link #FAR_LEAD}.
     */
    static final double LEAD_BASE = 0.95;
    static final double NOISE_POINTS = 5;

    @Override
    public long nextCheckMillis(CheckHistory history, long nowMillis) {
        if (CheckSchedulers.terminal(history.lastState())) {
            return Long.MAX_VALUE;
        }
        if (history.lastCheckedMillis() < 0) {
            Integer source = history.sourceSeconds();
            if (source == null || source <= 0) {
                return history.trackedSinceMillis();
            }
            // a split the component made: queued at first, and not under way before a quarter of the source
            return history.trackedSinceMillis() + Math.max(QUEUED_MIN_SECONDS * 1000,
                    (long) (source * 1000 * MIN_SECONDS_PER_SOURCE_SECOND / 2));
        }
        long lastAllowed = history.trackedSinceMillis() + CHECK_HORIZON_MILLIS - HORIZON_MARGIN_MINUTES * 60_000;
        return Math.min(history.lastCheckedMillis() + Math.max(MIN_STEP_MILLIS, step(history)), lastAllowed);
    }

    /** How long after the last check the next one is worth it. */
    private static long step(CheckHistory h) {
        int progress = h.lastProgress() == null ? 0 : h.lastProgress();
        Integer source = h.sourceSeconds() != null && h.sourceSeconds() > 0 ? h.sourceSeconds() : null;
        if (progress <= 0) {
            long waited = h.lastCheckedMillis() - h.trackedSinceMillis();
            long interval = Math.max(QUEUED_MIN_SECONDS * 1000, Math.min(QUEUED_MAX_SECONDS * 1000, waited / 2));
            if (source != null) {
                // it cannot end sooner than its shortest processing: look when it is likely under way
                interval = Math.max(interval, (long) (source * 1000 * MIN_SECONDS_PER_SOURCE_SECOND / 2));
            }
            return interval;
        }
        Integer first = h.firstProgress();
        long span = h.lastCheckedMillis() - h.firstProgressMillis();
        if (first == null || span <= 0 || progress <= first) {
            // one look in progress only
            if (source != null) {
                return (long) ((100 - progress) / 100.0 * source * 1000 * MIN_SECONDS_PER_SOURCE_SECOND);
            }
            // begun no earlier than tracked (true of a task the component split): at most this much left
            long atMost = (long) ((100 - progress) * (double) (h.lastCheckedMillis() - h.trackedSinceMillis())
                    / progress * FAR_LEAD);
            return Math.max(SECOND_LOOK_MIN_SECONDS * 1000, Math.min(SECOND_LOOK_SECONDS * 1000, atMost));
        }
        long remaining = (long) ((100 - progress) * (double) span / (progress - first));
        if (source != null) {
            remaining = Math.min(remaining,
                    (long) ((100 - progress) / 100.0 * source * 1000 * MAX_SECONDS_PER_SOURCE_SECOND));
        }
        if (progress - first < MIN_GAIN) {
            return Math.min(span, (long) (remaining * FAR_LEAD));
        }
        double lead = Math.max(0.5, Math.min(FAR_LEAD, LEAD_BASE - NOISE_POINTS / (progress - first)));
        return remaining > NEAR_MILLIS ? (long) (remaining * lead) : remaining;
    }
}
