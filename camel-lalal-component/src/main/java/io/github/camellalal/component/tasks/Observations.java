package io.github.camellalal.component.tasks;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.component.store.Observation;
import io.github.camellalal.component.store.TaskCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns what one check request saw into the store's observations: each task's check history after the check, and
 * its next due time from the {@link CheckScheduler}, never later than {@code maxCheckInterval} after the check so
 * that no task starves whatever the scheduler predicts.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class Observations {

    private final CheckScheduler scheduler;
    private final long maxIntervalMillis;

    /** Observations scheduled by {@code scheduler}, each task checked at least every {@code maxIntervalMillis}. */
    public Observations(CheckScheduler scheduler, long maxIntervalMillis) {
        if (maxIntervalMillis <= 0) {
            throw new IllegalArgumentException("maxCheckInterval must be above 0, was " + maxIntervalMillis);
        }
        this.scheduler = scheduler;
        this.maxIntervalMillis = maxIntervalMillis;
    }

    /** The scheduler in use. */
    public CheckScheduler scheduler() {
        return scheduler;
    }

    /** What the check at {@code nowMillis} (the store's clock) of the tasks {@code checked} saw. */
    public List<Observation> of(List<TaskCheck> checked, Map<String, FileStatus> statuses, long nowMillis) {
        List<Observation> observations = new ArrayList<>(checked.size());
        for (TaskCheck t : checked) {
            FileStatus status = statuses.get(t.taskId());
            Integer source = t.sourceSeconds();
            if (source == null && status != null && status.duration() != null) {
                source = (int) Math.round(status.duration());
            }
            CheckHistory before = new CheckHistory(t.trackedSinceMillis(), source, t.lastCheckedMillis(),
                    t.lastState(), t.lastProgress(), t.firstProgressMillis(), t.firstProgress());
            CheckHistory after = before.observed(stateOf(status), progressOf(status), nowMillis);
            long due = Math.min(scheduler.nextCheckMillis(after, nowMillis), nowMillis + maxIntervalMillis);
            observations.add(new Observation(new TaskCheck(t.taskId(), after.trackedSinceMillis(),
                    after.sourceSeconds(), after.lastCheckedMillis(), after.lastState(), after.lastProgress(),
                    after.firstProgressMillis(), after.firstProgress(), due), status));
        }
        return observations;
    }

    /**
     * The state an event of this status carries: {@link UnknownFiles#EXPIRED} when the service forgot the task,
     * {@code error} for another per-task error, the task's state otherwise; {@code null} when there is no status or
     * the file was not split yet.
     */
    public static String stateOf(FileStatus status) {
        if (status == null) {
            return null;
        }
        if (!status.known()) {
            return UnknownFiles.isUnknown(status) ? UnknownFiles.EXPIRED : TaskState.ERROR.id();
        }
        if (status.task() == null) {
            return null;
        }
        return status.task().state() != null ? status.task().state().id() : status.task().rawState();
    }

    private static Integer progressOf(FileStatus status) {
        return status == null || !status.known() || status.task() == null ? null : status.task().progress();
    }
}
