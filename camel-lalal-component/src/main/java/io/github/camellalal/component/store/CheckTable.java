package io.github.camellalal.component.store;

import io.github.camellalal.client.FileStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check fields and last observations of the tasks of a store that lives in one JVM (memory, StateRepository):
 * kept in memory only, so after a restart every task is due at once. Not thread-safe: its store's lock guards it.
 */
final class CheckTable {

    private final Map<String, TaskCheck> checks = new HashMap<>();
    private final Map<String, FileStatus> seen = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    void add(String taskId, long nowMillis, Long delayMillis) {
        checks.putIfAbsent(taskId, TaskCheck.tracked(taskId, nowMillis, delayMillis == null ? 0 : delayMillis));
    }

    void remove(String taskId) {
        checks.remove(taskId);
        seen.remove(taskId);
        taken.remove(taskId);
    }

    FileStatus seen(String taskId) {
        return seen.get(taskId);
    }

    boolean hasDue() {
        return checks.values().stream().anyMatch(this::isFree);
    }

    List<TaskCheck> takeDue(int limit) {
        List<TaskCheck> due = checks.values().stream().filter(this::isFree)
                .sorted(Comparator.comparingLong(TaskCheck::dueMillis).thenComparing(TaskCheck::taskId))
                .limit(limit).toList();
        due.forEach(c -> taken.add(c.taskId()));
        return due;
    }

    private boolean isFree(TaskCheck c) {
        // the due time orders, it does not filter: a request is filled, since its slot is spent anyway
        return !taken.contains(c.taskId());
    }

    void observed(Collection<Observation> observations) {
        for (Observation o : observations) {
            String id = o.check().taskId();
            taken.remove(id);
            if (checks.containsKey(id)) {
                checks.put(id, o.check());
                if (o.status() != null) {
                    seen.put(id, o.status());
                }
            }
        }
    }

    void untake(Collection<String> taskIds) {
        taken.removeAll(taskIds);
    }
}
