package io.github.camellalal.client;

/**
 * One result track of a task.
 *
 * @param type  {@code stem} (a separated part) or {@code back} (the rest)
 * @param label the service's label, e.g. {@code vocals}, {@code no_vocals}, {@code drum}
 * @param url   where to download it
 * @param size  its size in bytes, may be {@code null}
 */
public record Track(String type, String label, String url, Long size) {
}
