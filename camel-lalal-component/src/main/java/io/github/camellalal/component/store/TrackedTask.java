package io.github.camellalal.component.store;

import io.github.camellalal.client.FileStatus;

/**
 * One task a tasks consumer holds, with the last state delivered for it and what the last check saw.
 *
 * @param taskId    the id the service checks: with API v1 the task's id, with v0 the id of the file whose task it is
 * @param delivered the last state whose exchange completed, {@link DeliveredState#NONE} before any
 * @param observed  the status the last check of the task saw (by whichever instance), {@code null} before any
 */
public record TrackedTask(String taskId, DeliveredState delivered, FileStatus observed) {

    /** A task no check has seen yet. */
    public TrackedTask(String taskId, DeliveredState delivered) {
        this(taskId, delivered, null);
    }
}
