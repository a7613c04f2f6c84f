package io.github.camellalal.component.tasks;

import io.github.camellalal.component.store.TaskStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the files that producers of one component started (split, process, track) to that component's
 * {@code lalal:tasks} consumers. Files registered while a tasks endpoint exists but its consumer has not started yet
 * wait here (at most {@link #MAX_PENDING}); without any tasks endpoint nothing would read them, so none are kept.
 * When the component has a shared task store (a dataSource), files started while no consumer runs here (e.g. on a
 * standby behind {@code master:}) go to that store, unclaimed, for any instance's consumer to take.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class TaskTracking {
    private static final Logger LOG = LoggerFactory.getLogger(TaskTracking.class);

    /** A running {@code lalal:tasks} consumer, as tracking sees it: it takes files to track. */
    @FunctionalInterface
    public interface Tracker {
        /**
         * Starts tracking these tasks.
         *
         * @param taskIds     the tasks
         * @param firstChecks how long from now each task is first due for a check (ms, by task id; absent: at once)
         */
        void track(Collection<String> taskIds, Map<String, Long> firstChecks);
    }

    /** Bounds the memory of files waiting for a consumer that does not start. */
    static final int MAX_PENDING = 10_000;

    private final Set<String> pending = new LinkedHashSet<>();
    private final Map<String, Long> pendingFirstChecks = new HashMap<>();
    /** When a task just split is first worth a check, from its source's duration (the same rule as later checks). */
    private final CheckScheduler firstLook = new LikelyChangeScheduler();
    private final List<Tracker> consumers = new CopyOnWriteArrayList<>();
    private final Supplier<TaskStore> sharedStore;
    private volatile boolean tasksEndpointExists;
    private boolean warnedFull;

    /** Tracking without a shared store. */
    TaskTracking() {
        this(() -> null);
    }

    /** Tracking with the component's shared task store: the supplier answers it, or null when there is none. */
    public TaskTracking(Supplier<TaskStore> sharedStore) {
        this.sharedStore = sharedStore;
    }

    /** A {@code lalal:tasks} endpoint was created: keep files for its consumer until it starts. */
    public void tasksEndpointCreated() {
        tasksEndpointExists = true;
    }

    /** Starts tracking tasks (started elsewhere: nothing known of them) in every running tasks consumer. */
    public void register(Collection<String> taskIds) {
        register(taskIds, Map.of());
    }

    /**
     * Starts tracking tasks the component split in every running tasks consumer, or keeps them until one starts. The
     * sources' durations (seconds, by task id, where known) tell when each is first worth a check: a task is queued
     * at first and cannot end before a part of its source's duration has passed.
     */
    public void register(Collection<String> taskIds, Map<String, Integer> sourceSeconds) {
        Map<String, Long> firstChecks = new HashMap<>();
        sourceSeconds.forEach((id, seconds) -> firstChecks.put(id,
                Math.max(0, firstLook.nextCheckMillis(CheckHistory.tracked(0, seconds), 0))));
        synchronized (this) {
            if (consumers.isEmpty()) {
                TaskStore shared = sharedStore.get();
                if (shared != null) {
                    shared.add(taskIds, null, firstChecks);
                } else if (tasksEndpointExists) {
                    keep(taskIds, firstChecks);
                }
                return;
            }
        }
        consumers.forEach(c -> c.track(taskIds, firstChecks));
    }

    private void keep(Collection<String> fileIds, Map<String, Long> firstChecks) {
        for (String id : fileIds) {
            if (pending.size() >= MAX_PENDING) {
                if (!warnedFull) {
                    warnedFull = true;
                    LOG.warn("{} LALAL.AI files wait for a lalal:tasks consumer that has not started; more are not "
                            + "kept for it", MAX_PENDING);
                }
                return;
            }
            pending.add(id);
            Long first = firstChecks.get(id);
            if (first != null) {
                pendingFirstChecks.put(id, first);
            }
        }
    }

    public synchronized void attach(Tracker consumer) {
        consumers.add(consumer);
        if (!pending.isEmpty()) {
            consumer.track(new ArrayList<>(pending), new HashMap<>(pendingFirstChecks));
            pending.clear();
            pendingFirstChecks.clear();
        }
    }

    public synchronized void detach(Tracker consumer) {
        consumers.remove(consumer);
    }

    synchronized int pendingCount() {
        return pending.size();
    }
}
