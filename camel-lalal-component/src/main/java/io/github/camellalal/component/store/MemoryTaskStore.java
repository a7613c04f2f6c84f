package io.github.camellalal.component.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps tracked tasks in this JVM only: nothing survives a restart. The default store. */
public class MemoryTaskStore implements TaskStore {

    private final Map<String, DeliveredState> tracked = new LinkedHashMap<>();

    @Override
    public synchronized void add(Collection<String> taskIds, String owner) {
        for (String id : taskIds) {
            tracked.putIfAbsent(id, DeliveredState.NONE);
        }
    }

    @Override
    public synchronized List<TrackedTask> claim(String owner) {
        List<TrackedTask> tasks = new ArrayList<>(tracked.size());
        tracked.forEach((id, state) -> tasks.add(new TrackedTask(id, state)));
        return tasks;
    }

    @Override
    public synchronized void delivered(String taskId, DeliveredState state) {
        tracked.computeIfPresent(taskId, (id, old) -> state);
    }

    @Override
    public synchronized void remove(String taskId) {
        tracked.remove(taskId);
    }

    @Override
    public synchronized int size() {
        return tracked.size();
    }
}
