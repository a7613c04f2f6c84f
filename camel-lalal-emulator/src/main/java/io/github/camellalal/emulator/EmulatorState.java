package io.github.camellalal.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** What the emulated service knows: licenses and their minutes, files, tasks, results; and its own clock. */
final class EmulatorState {

    /** A free license's results are a preview of at most this long. */
    static final double PREVIEW_SECONDS = 30;

    final Map<String, StoredFile> files = new ConcurrentHashMap<>();
    /** v1 tasks by id. */
    final Map<String, V1Task> v1Tasks = new ConcurrentHashMap<>();
    /** Voice packs: the service's and the licenses' own. */
    final VoicePacks voicePacks = new VoicePacks();
    private final Map<String, EmulatorLicense> licenses = new ConcurrentHashMap<>();
    private final Map<String, Double> minutesUsed = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    final Duration taskDuration;
    final Duration fileTtl;
    final Path storageDir;
    final long uploadLimitWithLicense;
    final long uploadLimitWithoutLicense;
    private final Supplier<String> mediaBase;
    final ServiceQuirks quirks;

    EmulatorState(Clock clock, Duration taskDuration, Duration fileTtl, Path storageDir, long withLicense,
            long withoutLicense, Supplier<String> mediaBase, ServiceQuirks quirks) {
        this.clock = clock;
        this.taskDuration = taskDuration;
        this.fileTtl = fileTtl;
        this.storageDir = storageDir;
        this.uploadLimitWithLicense = withLicense;
        this.uploadLimitWithoutLicense = withoutLicense;
        this.mediaBase = mediaBase;
        this.quirks = quirks;
    }

    Instant now() {
        return clock.instant().plus(offset.get());
    }

    void advance(Duration d) {
        offset.updateAndGet(o -> o.plus(d));
    }

    void addLicense(EmulatorLicense license) {
        licenses.put(license.key(), license);
    }

    EmulatorLicense license(String key) {
        return key == null ? null : licenses.get(key);
    }

    double minutesUsed(EmulatorLicense license) {
        return minutesUsed.getOrDefault(license.key(), 0.0);
    }

    double minutesLeft(EmulatorLicense license) {
        return Math.max(0, license.limitMinutes() - minutesUsed(license));
    }

    /** Adds used minutes to a license (a finished v1 task). */
    void charge(String licenseKey, double minutes) {
        minutesUsed.merge(licenseKey, minutes, Double::sum);
    }

    /** Fails every running v1 task of the file, or else its v0 task (each: or the next one). */
    void failTask(String fileId, String error) {
        StoredFile f = files.get(fileId);
        if (f == null) {
            throw new IllegalArgumentException("The emulator has no file " + fileId);
        }
        boolean v1 = false;
        for (V1Task t : v1Tasks.values()) {
            v1 |= t.source == f && t.run.fail(error, now());
        }
        if (!v1) {
            f.fail(error, now());
        }
    }

    /** The v1 task ids of a source, oldest first. */
    java.util.List<String> v1TasksOf(String sourceId) {
        return v1Tasks.values().stream().filter(t -> t.source.id.equals(sourceId))
                .sorted(java.util.Comparator.comparing((V1Task t) -> t.created).thenComparing(t -> t.id))
                .map(t -> t.id).toList();
    }

    /** The file if it exists and has not expired. */
    StoredFile liveFile(String id) {
        StoredFile f = files.get(id);
        return f == null || f.expired(now()) ? null : f;
    }

    /** The file if it exists, has not expired and was uploaded with this license; else, as if unknown, null. */
    StoredFile ownedFile(String id, String licenseKey) {
        StoredFile f = liveFile(id);
        return f == null || !f.owner.equals(licenseKey) ? null : f;
    }

    /** The per-file entry of a check answer to this license. */
    Map<String, Object> statusOf(String id, String licenseKey) {
        Map<String, Object> s = new LinkedHashMap<>();
        StoredFile f = ownedFile(id, licenseKey);
        if (f == null) {
            s.put("status", "error");
            s.put("error", EmulatorApi.FILE_NOT_FOUND);
            quirks.decorate(s);
            return s;
        }
        if (!f.hasValidExtension()) {
            s.put("status", "error");
            s.put("error", EmulatorApi.INVALID_EXTENSION);
            quirks.decorate(s);
            return s;
        }
        Instant now = now();
        SeparationTask task = f.task();
        String state = task == null ? null : task.state(now);
        if (SeparationTask.SUCCESS.equals(state)) {
            complete(f, task);
        }
        s.put("status", "success");
        s.put("name", f.name);
        s.put("size", f.size);
        s.put("duration", EmulatorApi.round(f.duration));
        s.put("splitter", task == null ? null : task.splitter);
        s.put("stem", task == null ? null : task.stem);
        EmulatorLicense license = task == null ? null : license(task.licenseKey);
        EmulatorLicense.PlanType plan = license == null ? EmulatorLicense.PlanType.PAID : license.plan();
        boolean done = SeparationTask.SUCCESS.equals(state);
        StoredFile.Tracks result = done ? f.result() : null;
        StoredFile.Tracks preview = plan == EmulatorLicense.PlanType.FREE ? result : done ? f.preview() : null;
        s.put("preview", preview == null ? null : tracks(f, task, preview, true));
        s.put("split", done && plan == EmulatorLicense.PlanType.PAID ? tracks(f, task, result, true) : null);
        s.put("player", done && plan == EmulatorLicense.PlanType.STARTER ? tracks(f, task, result, false) : null);
        if (task == null) {
            s.put("task", null);
        } else {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("state", state);
            t.put("error", task.error(now));
            t.put("progress", task.progress(now));
            quirks.decorate(t);
            s.put("task", t);
        }
        quirks.decorate(s);
        return s;
    }

    /** Writes the tracks and charges the minutes, once per successful task. */
    private void complete(StoredFile f, SeparationTask task) {
        synchronized (f) {
            if (!task.markCompleted()) {
                return;
            }
            EmulatorLicense license = license(task.licenseKey);
            boolean preview = license != null && license.plan() == EmulatorLicense.PlanType.FREE;
            f.result(writeTracks(f, task, "", preview ? PREVIEW_SECONDS : 0));
            if (!preview && quirks.previewWithSplit()) {
                f.preview(writeTracks(f, task, "_preview", PREVIEW_SECONDS));
            }
            if (license != null) {
                // one stem per split: the file's duration in minutes
                minutesUsed.merge(license.key(), f.duration / 60.0, Double::sum);
            }
        }
    }

    /** Writes stem and back track, named {@code <base>_<stem><suffix>_split_by_lalalai.<ext>} and likewise. */
    private static StoredFile.Tracks writeTracks(StoredFile f, SeparationTask task, String suffix, double seconds) {
        String ext = f.extension();
        String stemName = f.baseName() + "_" + task.stem + suffix + "_split_by_lalalai." + ext;
        String backName = f.baseName() + "_no_" + task.stem + suffix + "_split_by_lalalai." + ext;
        Path dir = f.path.getParent();
        Path stem = dir.resolve("stem-" + System.nanoTime() + ".bin");
        Path back = dir.resolve("back-" + System.nanoTime() + ".bin");
        try {
            TrackWriter.write(f.path, f.wav, stem, back, seconds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tracks of " + f.id, e);
        }
        double duration = seconds > 0 && f.wav != null ? Math.min(f.duration, seconds) : f.duration;
        return new StoredFile.Tracks(stem, stemName, back, backName, duration);
    }

    private Map<String, Object> tracks(StoredFile f, SeparationTask task, StoredFile.Tracks tracks,
            boolean withStem) {
        Map<String, Object> t = new LinkedHashMap<>();
        try {
            if (withStem) {
                t.put("duration", EmulatorApi.round(tracks.duration()));
                t.put("stem", task.stem);
            }
            t.put("stem_track", url(f, tracks.stemName()));
            t.put("stem_track_size", Files.size(tracks.stem()));
            t.put("back_track", url(f, tracks.backName()));
            t.put("back_track_size", Files.size(tracks.back()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        quirks.decorate(t);
        return t;
    }

    /** Where track URLs point: the download host, or the API host when it redirects. */
    String mediaBaseUrl() {
        return mediaBase.get();
    }

    private String url(StoredFile f, String name) {
        return mediaBase.get() + MediaServer.PREFIX + f.id + "/"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
