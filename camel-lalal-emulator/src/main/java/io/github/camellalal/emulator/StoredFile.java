package io.github.camellalal.emulator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** An uploaded file, its current separation task and its result tracks. */
final class StoredFile {

    static final Set<String> EXTENSIONS = Set.of("mp3", "wav", "flac", "ogg", "oga", "opus", "m4a", "aac", "aiff",
            "aif", "wma", "mp4", "mkv", "avi", "mov", "webm");

    final String id;
    /** The license key it was uploaded with: only that license can split, check or cancel it. */
    final String owner;
    final String name;
    final Path path;
    final long size;
    final double duration;
    final Instant expires;
    final WavFormat wav;
    private SeparationTask task;
    private String pendingFailure;
    private Tracks result;
    private Tracks preview;

    /** Two result tracks, their names and their length in seconds. */
    record Tracks(Path stem, String stemName, Path back, String backName, double duration) {
    }

    StoredFile(String id, String owner, String name, Path path, long size, double duration, Instant expires,
            WavFormat wav) {
        this.id = id;
        this.owner = owner;
        this.name = name;
        this.path = path;
        this.size = size;
        this.duration = duration;
        this.expires = expires;
        this.wav = wav;
    }

    String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    String baseName() {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    boolean hasValidExtension() {
        return EXTENSIONS.contains(extension());
    }

    /** A WAV-named file whose audio cannot be decoded. */
    boolean isCorruptWav() {
        return extension().equals("wav") && wav == null;
    }

    boolean expired(Instant now) {
        return !now.isBefore(expires);
    }

    synchronized SeparationTask task() {
        return task;
    }

    /** Replaces the task; a failure planned for the next task applies to it. */
    synchronized void start(SeparationTask next) {
        task = next;
        result = null;
        preview = null;
        if (pendingFailure != null) {
            next.planFailure(pendingFailure);
            pendingFailure = null;
        }
    }

    /** Takes the failure planned for the next task, if any (a v1 task is the next task too). */
    synchronized String takePendingFailure() {
        String f = pendingFailure;
        pendingFailure = null;
        return f;
    }

    /** Makes the running task fail, or the next one if none runs. */
    synchronized void fail(String error, Instant now) {
        if (task == null || !task.fail(error, now)) {
            pendingFailure = error;
        }
    }

    /** Sets the result tracks of the finished task. */
    synchronized void result(Tracks tracks) {
        this.result = tracks;
    }

    synchronized Tracks result() {
        return result;
    }

    /** Adds a preview beside the full result. */
    synchronized void preview(Tracks tracks) {
        this.preview = tracks;
    }

    synchronized Tracks preview() {
        return preview;
    }

    /** The result track of this name (full result or preview), or {@code null}. */
    synchronized Path track(String fileName) {
        for (Tracks t : new Tracks[] { result, preview }) {
            if (t != null && fileName.equals(t.stemName())) {
                return t.stem();
            }
            if (t != null && fileName.equals(t.backName())) {
                return t.back();
            }
        }
        return null;
    }
}
