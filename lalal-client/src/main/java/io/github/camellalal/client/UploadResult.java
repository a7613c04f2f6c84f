package io.github.camellalal.client;

import java.time.Instant;

/**
 * The answer to an upload.
 *
 * @param id       the file id to split, check and cancel with
 * @param name     the file name sent with the upload
 * @param size     the size in bytes the service counted, may be {@code null}
 * @param duration the media length in seconds, may be {@code null}
 * @param expires  when the service deletes the file, may be {@code null}
 */
public record UploadResult(String id, String name, Long size, Double duration, Instant expires) {
}
