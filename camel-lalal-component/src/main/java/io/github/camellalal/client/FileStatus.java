package io.github.camellalal.client;

/**
 * What the service reports about one uploaded file.
 *
 * @param id       the file id asked about
 * @param known    {@code false} when the service answered with an error for this file (unknown or expired id,
 *                 invalid extension, ...); then {@link #error()} holds its text and the other fields may be null
 * @param error    the service's per-file error text, else {@code null}
 * @param name     the uploaded file's name
 * @param size     its size in bytes
 * @param duration its length in seconds
 * @param splitter the splitter the service used or will use, as it named it
 * @param stem     the stem requested, as the service named it
 * @param preview  tracks of a short preview, when the service made one
 * @param split    full-length tracks (paid licenses), when the split is done
 * @param player   tracks for the web player (starter licenses), when the split is done
 * @param task     the separation task, {@code null} before any split
 */
public record FileStatus(String id, boolean known, String error, String name, Long size, Double duration,
        String splitter, String stem, StemTracks preview, StemTracks split, StemTracks player, TaskStatus task) {

    /** The task's state, or {@code null} when there is no task. */
    public TaskState taskState() {
        return task == null ? null : task.state();
    }

    /**
     * The result tracks to download: the full split if present, else the player tracks, else the preview;
     * {@code null} when there are none yet.
     */
    public StemTracks tracks() {
        if (split != null) {
            return split;
        }
        if (player != null) {
            return player;
        }
        return preview;
    }
}
