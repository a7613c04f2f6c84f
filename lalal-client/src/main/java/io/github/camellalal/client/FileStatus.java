package io.github.camellalal.client;

import java.util.ArrayList;
import java.util.List;

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
 * @param sourceId the uploaded file the task works on (API v1 asks by task id); with API v0 the id itself
 * @param trackList every result track, as the service listed them (API v1, e.g. one per stem of a multistem
 *                  split); {@code null} when the service lists only stem and back track (API v0)
 */
public record FileStatus(String id, boolean known, String error, String name, Long size, Double duration,
        String splitter, String stem, StemTracks preview, StemTracks split, StemTracks player, TaskStatus task,
        String sourceId, List<Track> trackList) {

    /** A status as API v0 reports it: the task's id is the file's id and the tracks are stem and back track. */
    public FileStatus(String id, boolean known, String error, String name, Long size, Double duration,
            String splitter, String stem, StemTracks preview, StemTracks split, StemTracks player, TaskStatus task) {
        this(id, known, error, name, size, duration, splitter, stem, preview, split, player, task, id, null);
    }

    /**
     * Every result track: the service's list when it gave one, else the stem and back track of {@link #tracks()};
     * empty when there are none yet.
     */
    public List<Track> allTracks() {
        if (trackList != null) {
            return trackList;
        }
        StemTracks t = tracks();
        if (t == null) {
            return List.of();
        }
        List<Track> list = new ArrayList<>();
        if (t.stemTrackUrl() != null) {
            list.add(new Track("stem", t.stem(), t.stemTrackUrl(), t.stemTrackSize()));
        }
        if (t.backTrackUrl() != null) {
            list.add(new Track("back", t.stem() == null ? null : "no_" + t.stem(), t.backTrackUrl(),
                    t.backTrackSize()));
        }
        return list;
    }

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
