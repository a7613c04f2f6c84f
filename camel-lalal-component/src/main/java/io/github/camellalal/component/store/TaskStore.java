package io.github.camellalal.component.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where {@code lalal:tasks} consumers keep the tasks they track and the last state delivered for each. Every
 * change costs a constant number of writes, whatever the number of tracked tasks, and a task that ended is no longer
 * stored (see each implementation for what remains).
 * <p>
 * A store that several consumers share ({@link #isShared()}, e.g. {@link JdbcTaskStore}) hands each task to one
 * owner at a time: {@link #claim(String)} returns only the tasks the caller holds, for a lease the store renews on
 * every claim and {@link #renew(String)}. Stores that are not shared ignore owners. A store that is a Camel
 * {@code Service} is started by the consumer that created it; a store given as a bean is started, never stopped, by
 * the consumers using it.
 * <p>
 * Checks are scheduled through the store: {@link #takeDue(int)} hands the most-due tasks of the whole store,
 * whichever instance holds them, to the instance whose check request comes next, which records what it saw with
 * {@link #observed(Collection)}; each holder then delivers its tasks' events from those observations
 * ({@link TrackedTask#observed()}). The writes that record a delivery with an owner are fenced: in a shared store they
 * change nothing when the owner no longer holds the task.
 */
public interface TaskStore {

    /**
     * Starts tracking tasks not tracked yet; tasks already tracked keep their state and owner.
     *
     * @param taskIds the tasks' ids (v0: file ids)
     * @param owner   the consumer instance that holds them from now, or {@code null} for whoever claims them first
     */
    void add(Collection<String> taskIds, String owner);

    /**
     * Starts tracking tasks not tracked yet, each first due for a check after the given delay (check scheduling
     * knows, e.g. from the source's duration, when a task just split can first have changed); tasks already tracked
     * keep their state, owner and due time.
     *
     * @param taskIds     the tasks
     * @param owner       the consumer instance that holds them from now, or {@code null} for whoever claims them
     * @param firstChecks how long after now each task is first due, in milliseconds, by task id (absent: at once)
     */
    default void add(Collection<String> taskIds, String owner, Map<String, Long> firstChecks) {
        add(taskIds, owner);
    }

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

    /**
     * Records a delivered non-terminal state if {@code owner} still holds the task; returns whether it did. Stores
     * that are not shared always do.
     */
    default boolean delivered(String taskId, DeliveredState state, String owner) {
        delivered(taskId, state);
        return true;
    }

    /** Ends the tracking of a task if {@code owner} still holds it; returns whether it did. */
    default boolean remove(String taskId, String owner) {
        remove(taskId);
        return true;
    }

    /** {@link #delivered(String, DeliveredState, String)} for several tasks; returns the ids {@code owner} lost. */
    default Set<String> deliveredAll(Map<String, DeliveredState> states, String owner) {
        deliveredAll(states);
        return Set.of();
    }

    /** {@link #remove(String, String)} for several tasks; returns the ids {@code owner} lost. */
    default Set<String> removeAll(Collection<String> taskIds, String owner) {
        removeAll(taskIds);
        return Set.of();
    }

    /** Renews the owner's claims without taking new tasks (a shared store's claims lapse unless renewed). */
    default void renew(String owner) {
    }

    /** The store's clock in epoch milliseconds: the database's for a shared store, so that every instance agrees. */
    default long nowMillis() {
        return System.currentTimeMillis();
    }

    /** Whether some task, of any owner, is there to check: tracked and not taken by another check request now. */
    boolean hasDue();

    /**
     * Takes up to {@code limit} tasks for one check request, the most due first (earliest due time), whichever owner
     * holds them. Tasks due later fill the request when fewer are due now: its slot of the budget is spent anyway, and
     * at small scale every task is then checked on every request, as a sweep would. A task taken is not handed out
     * again until {@link #observed(Collection)} or {@link #untake(Collection)} (or, in a shared store, until a lease
     * passed, in case the taker died).
     */
    List<TaskCheck> takeDue(int limit);

    /** Records what a check saw of tasks taken with {@link #takeDue(int)}, and when each is next due. */
    void observed(Collection<Observation> observations);

    /** Hands tasks taken with {@link #takeDue(int)} back unchecked (the check failed). */
    void untake(Collection<String> taskIds);

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
