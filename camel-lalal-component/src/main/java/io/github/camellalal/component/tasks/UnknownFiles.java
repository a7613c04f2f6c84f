package io.github.camellalal.component.tasks;

import io.github.camellalal.client.FileStatus;
import java.util.List;
import java.util.Locale;

/**
 * Tells a per-file error that means "the service no longer knows this file" (expired or never uploaded) from other
 * per-file errors such as {@code Invalid extension}, which are the file's own failure.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class UnknownFiles {

    /** The state of a tracked file once the service no longer knows it. */
    public static final String EXPIRED = "expired";

    /**
     * Parts of the service's texts for an unknown id (API v1: an unknown or over 24 h old task, a deleted source), and
     * the client's text for an id missing from an answer.
     */
    private static final List<String> UNKNOWN = List.of("not found", "invalid file id", "unknown file", "expired",
            "does not exist", "no such file", "not in the service's answer", "failed to extract information about task",
            "already been deleted");

    private UnknownFiles() {
    }

    /** Whether a status the service reported as an error says that it does not know the file. */
    public static boolean isUnknown(FileStatus status) {
        String error = status.error();
        if (error == null || error.isBlank()) {
            return true;
        }
        String text = error.toLowerCase(Locale.ROOT);
        return UNKNOWN.stream().anyMatch(text::contains);
    }
}
