package io.github.camellalal.emulator;

import java.time.Duration;
import java.time.Instant;

/**
 * One split of one file. Its state follows from the clock: progress rises linearly over the task duration, then the
 * task ends once in success or error; a cancel before the end makes it cancelled. Terminal states never change.
 */
final class SeparationTask {

    static final String PROGRESS = "progress";
    static final String SUCCESS = "success";
    static final String ERROR = "error";
    static final String CANCELLED = "cancelled";

    final String stem;
    final String splitter;
    final String licenseKey;
    private final Instant started;
    private final Duration duration;
    private String failure;
    private boolean cancelled;
    private boolean completed;

    SeparationTask(String stem, String splitter, String licenseKey, Instant started, Duration duration,
            String failure) {
        this.stem = stem;
        this.splitter = splitter;
        this.licenseKey = licenseKey;
        this.started = started;
        this.duration = duration;
        this.failure = failure;
    }

    /** When processing begins (progress stays 0 before). */
    Instant startedAt() {
        return started;
    }

    /** The state at the given time. */
    synchronized String state(Instant now) {
        if (cancelled) {
            return CANCELLED;
        }
        if (!ended(now)) {
            return PROGRESS;
        }
        return failure != null ? ERROR : SUCCESS;
    }

    /** Percent done while in progress; 100 on success; {@code null} for error and cancelled. */
    synchronized Integer progress(Instant now) {
        String state = state(now);
        if (state.equals(SUCCESS)) {
            return 100;
        }
        if (!state.equals(PROGRESS)) {
            return null;
        }
        long total = Math.max(1, duration.toMillis());
        long elapsed = Math.max(0, Duration.between(started, now).toMillis());
        return (int) Math.min(99, elapsed * 100 / total);
    }

    synchronized String error(Instant now) {
        return ERROR.equals(state(now)) ? failure : null;
    }

    /** Cancels the task if it is still running; returns whether it was. */
    synchronized boolean cancel(Instant now) {
        if (PROGRESS.equals(state(now))) {
            cancelled = true;
            return true;
        }
        return false;
    }

    /** Makes the task end in error, if it is still running. */
    synchronized boolean fail(String error, Instant now) {
        if (PROGRESS.equals(state(now))) {
            failure = error;
            return true;
        }
        return false;
    }

    /** Makes the task end in error whatever happens (a failure planned before it started). */
    synchronized void planFailure(String error) {
        failure = error;
    }

    /** Marks the success as accounted (tracks written, minutes charged); true only the first time. */
    synchronized boolean markCompleted() {
        if (completed) {
            return false;
        }
        completed = true;
        return true;
    }

    private boolean ended(Instant now) {
        return !now.isBefore(started.plus(duration));
    }
}
