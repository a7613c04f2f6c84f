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

    /** Forgets every request. */
    public void clear() {
        requests.clear();
    }
}
