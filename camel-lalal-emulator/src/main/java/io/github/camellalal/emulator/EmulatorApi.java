package io.github.camellalal.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** The answers of the LALAL.AI v0 API: upload, split, check, cancel, get-limits. */
final class EmulatorApi {

    static final String NO_LICENSE = "No lisence (use Authorization header)";
    static final String NO_FILE_NAME = "No file name (use the Content-Disposition header)";
    static final String INVALID_FILE_ID = "Invalid file id";
    static final String LICENSE_NOT_FOUND = "License not found";
    static final String INVALID_LICENSE = "Invalid license";
    static final String FILE_NOT_FOUND = "File not found";
    static final String INVALID_EXTENSION = "Invalid extension";
    static final String TOO_LARGE = "File is too large";
    static final String NOT_ENOUGH_MINUTES = "Not enough minutes left on your license";
    static final String CSRF = "CSRF token missing or incorrect.";
    static final String UNDECODABLE = "Unable to decode audio file";

    private static final Pattern UUID_PATTERN = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmulatorState state;

    EmulatorApi(EmulatorState state) {
        this.state = state;
    }

    void upload(HttpCall call) throws IOException {
        // The file name first: the contract's example without license and file name answers "No file name".
        String name = ContentDisposition.fileName(call.header("Content-Disposition"));
        if (name == null) {
            call.error(NO_FILE_NAME);
            return;
        }
        String key = call.licenseKey();
        if (key == null) {
            call.error(NO_LICENSE);
            return;
        }
        long limit = state.license(key) != null ? state.uploadLimitWithLicense : state.uploadLimitWithoutLicense;
        StoredFile stored = store(call, state, key, name, limit);
        if (stored == null) {
            call.error(TOO_LARGE);
            return;
        }
        String id = stored.id;
        long size = stored.size;
        double duration = stored.duration;
        call.fileIds.add(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        // The contract's example shows only id and duration; size and expires are optional.
        if (state.quirks.uploadSizeAndExpiry()) {
            body.put("size", size);
        }
        body.put("duration", round(duration));
        if (state.quirks.uploadSizeAndExpiry()) {
            body.put("expires", stored.expires.getEpochSecond());
        }
        call.success(body);
    }

    /** Stores an upload's body as a file of this license; {@code null} (nothing kept) when over {@code limit}. */
    static StoredFile store(HttpCall call, EmulatorState state, String key, String name, long limit)
            throws IOException {
        String id = UUID.randomUUID().toString();
        Path dir = Files.createDirectories(state.storageDir.resolve(id));
        Path file = dir.resolve("upload.bin");
        HttpCall.CountingInput in = call.body();
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (in.count > limit) {
                    break;
                }
                out.write(buf, 0, n);
            }
        } finally {
            call.bodyBytes = in.count;
        }
        if (in.count > limit) {
            deleteQuietly(dir);
            return null;
        }
        long size = Files.size(file);
        WavFormat wav = name.toLowerCase(java.util.Locale.ROOT).endsWith(".wav") ? WavFormat.read(file) : null;
        // Other formats cannot be decoded here: their length is estimated at 128 kbit/s.
        double duration = wav != null ? wav.durationSeconds()
                : name.toLowerCase(java.util.Locale.ROOT).endsWith(".wav") ? 0 : size * 8.0 / 128_000;
        StoredFile stored = new StoredFile(id, key, name, file, size, duration, state.now().plus(state.fileTtl), wav);
        state.files.put(id, stored);
        return stored;
    }

    void split(HttpCall call) throws IOException {
        call.readForm();
        EmulatorLicense license = licensed(call, NO_LICENSE);
        if (license == null) {
            return;
        }
        String key = license.key();
        List<SplitParams> requests;
        try {
            requests = SplitParams.fromForm(call.form, JSON);
        } catch (IllegalArgumentException e) {
            call.error(e.getMessage());
            return;
        }
        requests.forEach(r -> call.fileIds.add(r.id()));
        double minutesNeeded = 0;
        for (SplitParams r : requests) {
            StoredFile f = state.ownedFile(r.id(), key);
            if (f == null) {
                call.error(INVALID_FILE_ID);
                return;
            }
            if (!f.hasValidExtension()) {
                call.error(INVALID_EXTENSION);
                return;
            }
            minutesNeeded += f.duration / 60.0;
        }
        if (minutesNeeded > state.minutesLeft(license) + 1e-9) {
            call.error(NOT_ENOUGH_MINUTES);
            return;
        }
        for (SplitParams r : requests) {
            StoredFile f = state.ownedFile(r.id(), key);
            f.start(new SeparationTask(r.stem(), r.splitter(), key, state.now(), state.taskDuration,
                    f.isCorruptWav() ? UNDECODABLE : null));
        }
        call.success(Map.of());
    }

    void check(HttpCall call) throws IOException {
        call.readForm();
        EmulatorLicense license = licensed(call, NO_LICENSE);
        List<String> ids = license == null ? null : requestedIds(call);
        if (ids == null) {
            return;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (String id : ids) {
            result.put(id, state.statusOf(id, license.key()));
        }
        switch (state.quirks.archive()) {
            case NULL -> result.put("archive", null);
            case OBJECT -> result.put("archive", archive());
            default -> {
                // ABSENT: the contract's archive belongs to the website's batches
            }
        }
        call.success(Map.of("result", result));
    }

    private Map<String, Object> archive() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("status", "success");
        a.put("url", state.mediaBaseUrl() + "/media/archive/" + UUID.randomUUID() + ".zip");
        a.put("size", 0);
        a.put("error", null);
        state.quirks.decorate(a);
        return a;
    }

    void cancel(HttpCall call) throws IOException {
        call.readForm();
        // Without a license the website authenticates cancel with a CSRF token; a server-side caller has none.
        EmulatorLicense license = licensed(call, CSRF);
        List<String> ids = license == null ? null : requestedIds(call);
        if (ids == null) {
            return;
        }
        for (String id : ids) {
            if (state.ownedFile(id, license.key()) == null) {
                call.error(INVALID_FILE_ID);
                return;
            }
        }
        for (String id : ids) {
            SeparationTask task = state.ownedFile(id, license.key()).task();
            if (task != null) {
                task.cancel(state.now());
            }
        }
        call.success(Map.of());
    }

    void limits(HttpCall call) throws IOException {
        call.readForm();
        String key = call.field("key");
        EmulatorLicense license = key == null ? null : state.license(key);
        if (license == null) {
            call.error(LICENSE_NOT_FOUND);
            return;
        }
        double used = state.minutesUsed(license);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("option", license.option());
        body.put("email", license.email());
        body.put("process_duration_limit", license.limitMinutes());
        body.put("process_duration_used", round(used));
        body.put("process_duration_left", round(Math.max(0, license.limitMinutes() - used)));
        call.success(body);
    }

    /** The caller's license; {@code null} after answering {@code missing} (no header) or Invalid license. */
    private EmulatorLicense licensed(HttpCall call, String missing) throws IOException {
        String key = call.licenseKey();
        if (key == null) {
            call.error(missing);
            return null;
        }
        EmulatorLicense license = state.license(key);
        if (license == null) {
            call.error(INVALID_LICENSE);
        }
        return license;
    }

    /** The ids of the {@code id} field, recorded for the log; {@code null} after answering Invalid file id. */
    private List<String> requestedIds(HttpCall call) throws IOException {
        List<String> ids = ids(call.field("id"));
        if (ids == null) {
            call.error(INVALID_FILE_ID);
            return null;
        }
        call.fileIds.addAll(ids);
        return ids;
    }

    /**
     * The ids of a comma-separated list, or {@code null} when it is empty or has an entry that is not a UUID (an
     * empty entry or one with spaces included).
     */
    static List<String> ids(String list) {
        if (list == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (String id : list.split(",", -1)) {
            if (!UUID_PATTERN.matcher(id).matches()) {
                return null;
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids.isEmpty() ? null : ids;
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the storage directory's own clean-up
        }
    }
}
