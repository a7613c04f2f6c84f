package io.github.camellalal.component.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps tracked tasks in this JVM only: nothing survives a restart. The default store. */
public class MemoryTaskStore implements TaskStore {

    private final Map<String, DeliveredState> tracked = new LinkedHashMap<>();
    private final CheckTable checks = new CheckTable();

    @Override
    public void add(Collection<String> taskIds, String owner) {
        add(taskIds, owner, Map.of());
    }

    @Override
    public synchronized void add(Collection<String> taskIds, String owner, Map<String, Long> firstChecks) {
        long now = nowMillis();
        for (String id : taskIds) {
            if (tracked.putIfAbsent(id, DeliveredState.NONE) == null) {
                checks.add(id, now, firstChecks.get(id));
            }
        }
    }

    @Override
    public synchronized List<TrackedTask> claim(String owner) {
        List<TrackedTask> tasks = new ArrayList<>(tracked.size());
        tracked.forEach((id, state) -> tasks.add(new TrackedTask(id, state, checks.seen(id))));
        return tasks;
    }

    @Override
    public synchronized boolean hasDue() {
        return checks.hasDue();
    }

    @Override
    public synchronized List<TaskCheck> takeDue(int limit) {
        return checks.takeDue(limit);
    }

    @Override
    public synchronized void observed(Collection<Observation> observations) {
        checks.observed(observations);
    }

    @Override
    public synchronized void untake(Collection<String> taskIds) {
        checks.untake(taskIds);
    }

    @Override
    public synchronized void delivered(String taskId, DeliveredState state) {
        tracked.computeIfPresent(taskId, (id, old) -> state);
    }

    @Override
    public synchronized void remove(String taskId) {
        tracked.remove(taskId);
        checks.remove(taskId);
    }

    @Override
    public synchronized int size() {
        return tracked.size();
    }
}
