package io.github.camellalal.component.tasks;

import io.github.camellalal.component.store.DeliveredState;
import io.github.camellalal.component.store.TaskStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store writes of the events of one delivery round: each at once after its exchange (default), or all together
 * once the round's exchanges completed (option batchStoreWrites), which costs one write per round instead of one per
 * event but lets a crash repeat up to a round of delivered events instead of one. Every write is fenced by the
 * consumer's claim: when another instance holds the task now, nothing is recorded and the event does not count as
 * delivered here (its holder delivers it).
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class StoreWrites {
    private static final Logger LOG = LoggerFactory.getLogger(StoreWrites.class);

    private final TaskStore store;
    private final boolean batched;
    private final String owner;
    private final Map<String, DeliveredState> delivered = new LinkedHashMap<>();
    private final List<String> ended = new ArrayList<>();
    private int lost;

    /** The writes of one round to {@code store} for {@code owner}; {@code batched}: option batchStoreWrites. */
    public StoreWrites(TaskStore store, boolean batched, String owner) {
        this.store = store;
        this.batched = batched;
        this.owner = owner;
    }

    /** A non-terminal state was delivered. */
    public void delivered(String taskId, DeliveredState state) {
        if (batched) {
            delivered.put(taskId, state);
        } else if (!store.delivered(taskId, state, owner)) {
            lost(Set.of(taskId));
        }
    }

    /** A terminal state was delivered: the task leaves tracking. */
    public void ended(String taskId) {
        if (batched) {
            ended.add(taskId);
        } else if (!store.remove(taskId, owner)) {
            lost(Set.of(taskId));
        }
    }

    /** Writes what waits; nothing when writes are not batched. */
    public void flush() {
        if (!delivered.isEmpty()) {
            lost(store.deliveredAll(delivered, owner));
            delivered.clear();
        }
        if (!ended.isEmpty()) {
            lost(store.removeAll(ended, owner));
            ended.clear();
        }
    }

    /** How many deliveries were not recorded because another instance held their task by then. */
    public int lostCount() {
        return lost;
    }

    private void lost(Set<String> taskIds) {
        if (!taskIds.isEmpty()) {
            lost += taskIds.size();
            LOG.warn("Another instance holds LALAL.AI task(s) {} now: their delivery by {} is not recorded, the holder"
                    + " delivers them", taskIds, owner);
        }
    }
}
