package io.github.camellalal.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One v1 task: a split (or voice change) of a source. It waits in the queue (progress 0) for the queue time, then
 * runs like a v0 task; an idempotency key can be reused only while it waits. Its tracks are written once, when a
 * check first sees it succeed.
 */
final class V1Task {

    /** Check answers a task only this long after its creation. */
    static final Duration CHECKABLE = Duration.ofHours(24);

    final String id = UUID.randomUUID().toString();
    final V1SplitRequest request;
    final StoredFile source;
    final String licenseKey;
    final Instant created;
    /** The processing starts when the queue time has passed. */
    final SeparationTask run;
    final String errorId = UUID.randomUUID().toString();
    private List<Track> tracks;
    private double resultSeconds;

    /**
     * A written track.
     *
     * @param spec its type and label
     * @param name its file name (also the last segment of its URL)
     * @param file where it is kept
     */
    record Track(V1SplitRequest.TrackSpec spec, String name, Path file) {
    }

    V1Task(V1SplitRequest request, StoredFile source, String licenseKey, Instant now, Duration queue,
            Duration duration, String failure) {
        this.request = request;
        this.source = source;
        this.licenseKey = licenseKey;
        this.created = now;
        this.run = new SeparationTask(request.stem(), String.valueOf(request.presets().get("splitter")), licenseKey,
                now.plus(queue), duration, failure);
    }

    /** Whether processing began (or the task ended, e.g. cancelled): its idempotency key is spent. */
    boolean started(Instant now) {
        return !now.isBefore(run.startedAt()) || !SeparationTask.PROGRESS.equals(run.state(now));
    }

    /** Minutes a success charges: the source's duration per stem. */
    double minutes() {
        return source.duration / 60.0 * request.stems();
    }

    /** Writes the tracks once; {@code maxSeconds} 0 for the whole length. Returns whether this call wrote them. */
    synchronized boolean complete(double maxSeconds) {
        if (tracks != null) {
            return false;
        }
        String ext = request.encoderFormat() != null ? request.encoderFormat() : source.extension();
        tracks = new ArrayList<>();
        resultSeconds = maxSeconds > 0 && source.wav != null ? Math.min(source.duration, maxSeconds) : source.duration;
        Path dir = source.path.getParent();
        boolean present = Files.exists(source.path); // a deleted source leaves URLs that answer 404
        try {
            Path stem = dir.resolve("v1-" + id + "-stem.bin");
            Path back = dir.resolve("v1-" + id + "-back.bin");
            if (present) {
                TrackWriter.write(source.path, source.wav, stem, back, maxSeconds);
            }
            for (V1SplitRequest.TrackSpec spec : request.tracks()) {
                String name = source.baseName() + "_" + spec.label() + "_split_by_lalalai." + ext;
                Path file = dir.resolve("v1-" + id + "-" + tracks.size() + ".bin");
                if (present) {
                    Path from = request.type() == V1SplitType.VOICE_CHANGE ? source.path
                            : spec.type().equals("stem") ? stem : back;
                    Files.copy(from, file);
                }
                tracks.add(new Track(spec, name, file));
            }
            if (present) {
                Files.deleteIfExists(stem);
                Files.deleteIfExists(back);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tracks of task " + id, e);
        }
        return true;
    }

    /** The file of the track of this name, or {@code null}. */
    synchronized Path track(String name) {
        if (tracks == null) {
            return null;
        }
        return tracks.stream().filter(t -> t.name().equals(name)).map(Track::file).filter(Files::exists).findFirst()
                .orElse(null);
    }

    private static Long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The {@code result} of a success: duration and tracks. */
    synchronized Map<String, Object> result(String mediaBase, ServiceQuirks quirks) {
        Map<String, Object> r = new LinkedHashMap<>();
        List<Map<String, Object>> list = new ArrayList<>();
        for (Track t : tracks) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", t.spec().label());
            m.put("type", t.spec().type());
            m.put("url", mediaBase + MediaServer.PREFIX + "v1/" + id + "/"
                    + URLEncoder.encode(t.name(), StandardCharsets.UTF_8).replace("+", "%20"));
            if (quirks.v1TrackDetails()) {
                m.put("playlist_file", null);
                m.put("name", t.name());
                m.put("size", sizeOf(t.file()));
                m.put("waveform", null);
            }
            quirks.decorate(m);
            list.add(m);
        }
        r.put("duration", Math.round(resultSeconds));
        r.put("tracks", list);
        quirks.decorate(r);
        return r;
    }
}
