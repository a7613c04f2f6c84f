package io.github.camellalal.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every request the emulator received, including those answered by an injected fault. Thread-safe. */
public final class RequestLog {

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    void add(RecordedRequest request) {
        requests.add(request);
    }

    /** All requests, oldest first. */
    public List<RecordedRequest> all() {
        return new ArrayList<>(requests);
    }

    /** The requests to one endpoint, oldest first. */
    public List<RecordedRequest> of(Endpoint endpoint) {
        return requests.stream().filter(r -> r.endpoint() == endpoint).toList();
    }

    /** How many requests reached an endpoint. */
    public int count(Endpoint endpoint) {
        return (int) requests.stream().filter(r -> r.endpoint() == endpoint).count();
    }

    /**
     * The most requests to an endpoint that arrived within any {@code window} (emulator clock, both ends
     * inclusive of the first request): e.g. the peak of check requests per rolling minute.
     */
    public int maxInAnyWindow(Endpoint endpoint, java.time.Duration window) {
        List<java.time.Instant> times = of(endpoint).stream().map(RecordedRequest::receivedAt).sorted().toList();
        int max = 0;
        int first = 0;
        for (int last = 0; last < times.size(); last++) {
            while (!times.get(first).plus(window).isAfter(times.get(last))) {
                first++;
            }
            max = Math.max(max, last - first + 1);
        }
        return max;
    }

    /** Forgets every request. */
    public void clear() {
        requests.clear();
    }
}
