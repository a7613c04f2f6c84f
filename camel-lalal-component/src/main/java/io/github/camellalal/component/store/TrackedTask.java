package io.github.camellalal.component.store;

/**
 * One file a tasks consumer checks, with the last state delivered for it.
 *
 * @param fileId    the LALAL.AI file id
 * @param delivered the last state whose exchange completed, {@link DeliveredState#NONE} before any
 */
public record TrackedTask(String fileId, DeliveredState delivered) {
}
