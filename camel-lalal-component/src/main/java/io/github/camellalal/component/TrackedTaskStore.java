package io.github.camellalal.component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.spi.StateRepository;

/**
 * The files a tasks consumer tracks, and for each the last state whose exchange completed, kept in a Camel
 * {@link StateRepository} so that tracking survives a restart. A StateRepository cannot list its keys, so the set of
 * tracked ids is stored too, under its own key.
 */
final class TrackedTaskStore {

    static final String INDEX_KEY = "camel-lalal.tracked";
    private static final String KEY_PREFIX = "camel-lalal.task.";

    private final StateRepository<String, String> repository;
    private final Map<String, DeliveredState> tracked = new LinkedHashMap<>();

    TrackedTaskStore(StateRepository<String, String> repository) {
        this.repository = repository;
        String index = repository.getState(INDEX_KEY);
        if (index != null && !index.isBlank()) {
            for (String id : index.split(",")) {
                if (!id.isBlank()) {
                    tracked.put(id, DeliveredState.parse(repository.getState(KEY_PREFIX + id)));
                }
            }
        }
    }

    /** Starts tracking files not tracked yet; returns how many were new. */
    synchronized int add(Collection<String> ids) {
        int added = 0;
        for (String id : ids) {
            if (tracked.putIfAbsent(id, DeliveredState.NONE) == null) {
                added++;
            }
        }
        if (added > 0) {
            writeIndex();
        }
        return added;
    }

    /** The tracked ids, in the order they were added. */
    synchronized List<String> ids() {
        return new ArrayList<>(tracked.keySet());
    }

    /** The last state delivered for a file, {@link DeliveredState#NONE} before any. */
    synchronized DeliveredState delivered(String id) {
        return tracked.getOrDefault(id, DeliveredState.NONE);
    }

    /** Records that an exchange for this state completed; a terminal state ends the tracking. */
    synchronized void markDelivered(String id, DeliveredState state, boolean terminal) {
        if (!tracked.containsKey(id)) {
            return;
        }
        if (terminal) {
            tracked.remove(id);
            writeIndex();
            // StateRepository has no removal; an empty value reads as "nothing delivered".
            repository.setState(KEY_PREFIX + id, "");
        } else {
            tracked.put(id, state);
            repository.setState(KEY_PREFIX + id, state.format());
        }
    }

    synchronized int size() {
        return tracked.size();
    }

    private void writeIndex() {
        repository.setState(INDEX_KEY, String.join(",", tracked.keySet()));
    }

    /** A delivered state and progress; progress matters only when progress events are emitted. */
    record DeliveredState(String state, Integer progress) {
        static final DeliveredState NONE = new DeliveredState(null, null);

        static DeliveredState parse(String value) {
            if (value == null || value.isBlank()) {
                return NONE;
            }
            int colon = value.indexOf(':');
            String state = colon < 0 ? value : value.substring(0, colon);
            Integer progress = null;
            if (colon >= 0 && colon + 1 < value.length()) {
                try {
                    progress = Integer.valueOf(value.substring(colon + 1));
                } catch (NumberFormatException e) {
                    progress = null;
                }
            }
            return new DeliveredState(state.isEmpty() ? null : state, progress);
        }

        String format() {
            return (state == null ? "" : state) + ":" + (progress == null ? "" : progress);
        }
    }
}
