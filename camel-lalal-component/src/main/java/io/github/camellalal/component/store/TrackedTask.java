package io.github.camellalal.component.store;

/**
 * One task a tasks consumer checks, with the last state delivered for it.
 *
 * @param taskId    the id the service checks: with API v1 the task's id, with v0 the id of the file whose task it is
 * @param delivered the last state whose exchange completed, {@link DeliveredState#NONE} before any
 */
public record TrackedTask(String taskId, DeliveredState delivered) {
}
