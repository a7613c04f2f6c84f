package io.github.camellalal.client;

/**
 * The outcome of starting one split task.
 *
 * @param sourceId the uploaded file's id
 * @param taskId   the task's id to check and cancel with; {@code null} when the task did not start
 * @param code     the service's error code when it did not start (e.g. {@code exceeded_duration}), else null
 * @param error    the service's error text when it did not start, else {@code null}
 */
public record TaskStart(String sourceId, String taskId, String code, String error) {

    /** Whether the task started. */
    public boolean started() {
        return taskId != null;
    }
}
