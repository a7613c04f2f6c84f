package io.github.camellalal.component.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where {@code lalal:tasks} consumers keep the tasks they track and the last state delivered for each. Every
 * change costs a constant number of writes, whatever the number of tracked tasks, and a task that ended is no longer
 * stored (see each implementation for what remains).
 * <p>
 * A store that several consumers share ({@link #isShared()}, e.g. {@link JdbcTaskStore}) hands each task to one
 * owner at a time: {@link #claim(String)} returns only the tasks the caller holds, for a lease the store renews on
 * every claim. Stores that are not shared ignore owners. A store that is a Camel {@code Service} is started by the
 * consumer that created it; a store given as a bean is started, never stopped, by the consumers using it.
 */
public interface TaskStore {

    /**
     * Starts tracking tasks not tracked yet; tasks already tracked keep their state and owner.
     *
     * @param taskIds the tasks' ids (v0: file ids)
     * @param owner   the consumer instance that holds them from now, or {@code null} for whoever claims them first
     */
    void add(Collection<String> taskIds, String owner);

    /** The tasks the owner should check now, oldest first; in a shared store this claims (or renews) them. */
    List<TrackedTask> claim(String owner);

    /**
     * How long, in milliseconds, the tasks returned by {@link #claim(String)} stay safely held: a poll that takes
     * longer claims again before checking more of them. Unbounded for stores that are not shared.
     */
    default long claimValidityMillis() {
        return Long.MAX_VALUE;
    }

    /** Records that an exchange for a non-terminal state completed. */
    void delivered(String taskId, DeliveredState state);

    /** Ends the tracking of a task (its terminal state was delivered, or its event was given up). */
    void remove(String taskId);

    /** Records several delivered non-terminal states at once; stores that can do it in one write override this. */
    default void deliveredAll(Map<String, DeliveredState> states) {
        states.forEach(this::delivered);
    }

    /** Ends the tracking of several tasks at once; stores that can do it in one write override this. */
    default void removeAll(Collection<String> taskIds) {
        taskIds.forEach(this::remove);
    }

    /** Gives up the owner's claims so that other instances take its tasks at once (on a graceful stop). */
    default void release(String owner) {
    }

    /** How many tasks are tracked, by every owner. */
    int size();

    /** Whether several consumers, in this JVM or others, may use the store at once. */
    default boolean isShared() {
        return false;
    }
}
