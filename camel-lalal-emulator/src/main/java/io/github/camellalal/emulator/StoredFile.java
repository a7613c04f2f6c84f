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
    final String name;
    final Path path;
    final long size;
    final double duration;
    final Instant expires;
    final WavFormat wav;
    private SeparationTask task;
    private String pendingFailure;
    private Path stemTrack;
    private Path backTrack;
    private String stemName;
    private String backName;

    StoredFile(String id, String name, Path path, long size, double duration, Instant expires, WavFormat wav) {
        this.id = id;
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
        stemTrack = null;
        backTrack = null;
        if (pendingFailure != null) {
            next.planFailure(pendingFailure);
            pendingFailure = null;
        }
    }

    /** Makes the running task fail, or the next one if none runs. */
    synchronized void fail(String error, Instant now) {
        if (task == null || !task.fail(error, now)) {
            pendingFailure = error;
        }
    }

    synchronized void tracks(Path stem, String stemFileName, Path back, String backFileName) {
        this.stemTrack = stem;
        this.stemName = stemFileName;
        this.backTrack = back;
        this.backName = backFileName;
    }

    synchronized Path stemTrack() {
        return stemTrack;
    }

    synchronized Path backTrack() {
        return backTrack;
    }

    synchronized String stemName() {
        return stemName;
    }

    synchronized String backName() {
        return backName;
    }
}
