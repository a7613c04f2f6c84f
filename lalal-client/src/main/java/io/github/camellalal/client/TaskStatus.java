package io.github.camellalal.client;

/**
 * The task of one file.
 *
 * @param state    the state; {@code null} when the service sent one this client does not know
 * @param rawState the state exactly as the service sent it
 * @param progress percent done 0..100 while in progress, may be {@code null}
 * @param error    the service's error text when the task failed, else {@code null}
 */
public record TaskStatus(TaskState state, String rawState, Integer progress, String error) {
}
