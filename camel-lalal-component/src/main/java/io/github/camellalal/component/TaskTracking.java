package io.github.camellalal.component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hands the files that producers of one component started (split, process, track) to that component's
 * {@code lalal:tasks} consumers. Files registered while no consumer runs wait here until one starts.
 */
final class TaskTracking {

    private final Set<String> pending = new LinkedHashSet<>();
    private final List<LalalTasksConsumer> consumers = new CopyOnWriteArrayList<>();

    /** Starts tracking files in every running tasks consumer, or keeps them until one starts. */
    void register(Collection<String> fileIds) {
        synchronized (this) {
            if (consumers.isEmpty()) {
                pending.addAll(fileIds);
                return;
            }
        }
        consumers.forEach(c -> c.track(fileIds));
    }

    synchronized void attach(LalalTasksConsumer consumer) {
        consumers.add(consumer);
        if (!pending.isEmpty()) {
            consumer.track(new ArrayList<>(pending));
            pending.clear();
        }
    }

    synchronized void detach(LalalTasksConsumer consumer) {
        consumers.remove(consumer);
    }
}
