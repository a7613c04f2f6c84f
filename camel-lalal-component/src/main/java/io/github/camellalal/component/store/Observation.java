package io.github.camellalal.component.store;

import io.github.camellalal.client.FileStatus;

/**
 * What one check saw of one task, as the store records it for the task's holder to deliver.
 *
 * @param check  the task's check fields after this check, with its next due time
 * @param status the status the service answered, or {@code null} when it said nothing of the task
 */
public record Observation(TaskCheck check, FileStatus status) {
}
