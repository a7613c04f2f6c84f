package io.github.camellalal.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/** Makes the next requests to an endpoint misbehave. Thread-safe. */
public final class FaultInjector {

    private final Map<Endpoint, Deque<Fault>> planned = new EnumMap<>(Endpoint.class);

    /** The next {@code times} requests to {@code endpoint} get {@code fault}, after any faults planned before. */
    public synchronized void next(Endpoint endpoint, int times, Fault fault) {
        Deque<Fault> queue = planned.computeIfAbsent(endpoint, e -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.addLast(fault);
        }
    }

    /** Forgets every planned fault. */
    public synchronized void clear() {
        planned.clear();
    }

    /** The fault for the request now arriving at {@code endpoint}, or {@code null}. */
    synchronized Fault take(Endpoint endpoint) {
        Deque<Fault> queue = planned.get(endpoint);
        return queue == null ? null : queue.pollFirst();
    }
}
