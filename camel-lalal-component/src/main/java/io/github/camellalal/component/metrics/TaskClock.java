package io.github.camellalal.component.metrics;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each task this component queued was split, so that the first check that sees it ended can tell how long it
 * took. A task leaves the clock then, so it is counted once however many checks see it ended. Bounded: a task nobody
 * checks again (e.g. after a process timeout) must not keep memory forever.
 */
final class TaskClock {

    /** The most tasks timed at once; later ones are not timed while the clock is full. */
    static final int MAX_TASKS = 100_000;

    private final Map<String, Long> splitAt = new ConcurrentHashMap<>();

    void started(Collection<String> taskIds, long nanoTime) {
        for (String id : taskIds) {
            if (splitAt.size() < MAX_TASKS) {
                splitAt.put(id, nanoTime);
            }
        }
    }

    /** Nanoseconds since the task was split, or -1 when this clock does not know it (any more). */
    long ended(String taskId, long nanoTime) {
        Long at = splitAt.remove(taskId);
        return at == null ? -1 : nanoTime - at;
    }
}
