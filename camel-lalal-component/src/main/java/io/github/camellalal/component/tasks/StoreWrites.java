package io.github.camellalal.component.tasks;

import io.github.camellalal.component.store.DeliveredState;
import io.github.camellalal.component.store.TaskStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The store writes of the events of one check batch: each at once after its exchange (default), or all together once
 * the batch's exchanges completed (option batchStoreWrites), which costs one write per batch instead of one per event
 * but lets a crash repeat up to a batch of delivered events instead of one.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class StoreWrites {

    private final TaskStore store;
    private final boolean batched;
    private final Map<String, DeliveredState> delivered = new LinkedHashMap<>();
    private final List<String> ended = new ArrayList<>();

    /** The writes of one batch to {@code store}; {@code batched}: option batchStoreWrites. */
    public StoreWrites(TaskStore store, boolean batched) {
        this.store = store;
        this.batched = batched;
    }

    /** A non-terminal state was delivered. */
    public void delivered(String fileId, DeliveredState state) {
        if (batched) {
            delivered.put(fileId, state);
        } else {
            store.delivered(fileId, state);
        }
    }

    /** A terminal state was delivered: the file leaves tracking. */
    public void ended(String fileId) {
        if (batched) {
            ended.add(fileId);
        } else {
            store.remove(fileId);
        }
    }

    /** Writes what waits; nothing when writes are not batched. */
    public void flush() {
        if (!delivered.isEmpty()) {
            store.deliveredAll(delivered);
            delivered.clear();
        }
        if (!ended.isEmpty()) {
            store.removeAll(ended);
            ended.clear();
        }
    }
}
