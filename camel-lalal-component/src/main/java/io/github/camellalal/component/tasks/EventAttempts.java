package io.github.camellalal.component.tasks;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;

/**
 * Counts the deliveries of the event each file waits to deliver (a state and progress), so the route sees header
 * CamelLalalEventAttempt and the consumer can give up after maxEventAttempts. Kept in memory: after a restart, or on
 * another instance that took the task over, counting starts again at 1.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class EventAttempts {

    private final Map<String, Attempt> attempts = new HashMap<>();

    /** The number of this delivery of the event, 1 when the file's last failed event was another one. */
    public synchronized int next(String fileId, String state, Integer progress) {
        Attempt last = attempts.get(fileId);
        int n = last != null && last.state().equals(state) && Objects.equals(last.progress(), progress)
                ? last.count() + 1 : 1;
        attempts.put(fileId, new Attempt(state, progress, n));
        return n;
    }

    /** The event was delivered or given up. */
    public synchronized void clear(String fileId) {
        attempts.remove(fileId);
    }

    /** Forgets files this consumer no longer holds, so the map stays as small as the tracked set. */
    public synchronized void retain(Collection<String> fileIds) {
        if (!attempts.isEmpty()) {
            attempts.keySet().retainAll(fileIds instanceof java.util.Set<?> ? fileIds : new HashSet<>(fileIds));
        }
    }

    private record Attempt(String state, Integer progress, int count) {
    }
}
