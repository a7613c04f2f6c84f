package io.github.camellalal.client;

import java.util.Locale;

/** The state of a file's separation task as the service reports it. */
public enum TaskState {
    /** Queued or running; see {@link TaskStatus#progress()}. */
    PROGRESS,
    /** Done: the tracks can be downloaded. */
    SUCCESS,
    /** Failed; see {@link TaskStatus#error()}. */
    ERROR,
    /** Cancelled by a cancel request. */
    CANCELLED;

    /** Whether the task will not change any more. */
    public boolean isTerminal() {
        return this != PROGRESS;
    }

    /** The state's name in lower case, as the service writes it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a state name case-insensitively; {@code null} for null or an unknown name. */
    public static TaskState fromId(String id) {
        if (id == null) {
            return null;
        }
        for (TaskState s : values()) {
            if (s.id().equalsIgnoreCase(id.trim())) {
                return s;
            }
        }
        return null;
    }
}
