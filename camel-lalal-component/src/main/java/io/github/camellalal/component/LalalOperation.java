package io.github.camellalal.component;

/**
 * What a {@code lalal:} endpoint does; the URI path names it, header {@code CamelLalalOperation} overrides it for
 * producers.
 */
public enum LalalOperation {
    /** Upload the body (a file or stream) and answer with its file id. */
    upload,
    /** Queue uploaded files for splitting, several in one request. */
    split,
    /** Read the state of one or more files. */
    check,
    /** Cancel the running tasks of one or more files. */
    cancel,
    /** Read the license's processing minutes. */
    limits,
    /** Cancel every running task of the license (API v1). */
    cancelAll,
    /** Delete an uploaded file and its results from the service's storage (API v1). */
    delete,
    /** Stream a result track as the body. */
    download,
    /** Upload, split, wait for the task without holding a thread, then download: one step. */
    process,
    /** Hand file ids started elsewhere to the component's tasks consumers (producer). */
    track,
    /** List the license's own voice packs (API v1): the body becomes a list of VoicePack (name, packId, created). */
    voicePacks,
    /** Emit an exchange per task state change of the tracked files (consumer: {@code from("lalal:tasks")}). */
    tasks;

    /**
     * Parses an operation name as written in a URI or header.
     *
     * @throws IllegalArgumentException naming the value and the allowed operations
     */
    public static LalalOperation parse(String name) {
        String n = name == null ? "" : name.trim();
        if (n.endsWith("/")) {
            n = n.substring(0, n.length() - 1);
        }
        for (LalalOperation op : values()) {
            if (op.name().equalsIgnoreCase(n)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown lalal operation '" + name + "'; allowed: "
                + java.util.Arrays.stream(values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
    }
}
