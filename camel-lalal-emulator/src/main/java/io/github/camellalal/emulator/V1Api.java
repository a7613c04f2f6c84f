package io.github.camellalal.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of the LALAL.AI v1 API ({@code /api/v1/...}, OpenAPI 1.1.0) on the same licenses and files as v0:
 * upload, check, cancel, cancel all, delete, minutes left, voice packs; the task starts are {@link V1Splits}.
 */
final class V1Api {

    static final String SOURCE_NOT_FOUND = "source_not_found";

    private final EmulatorState state;
    private final V1Splits splits;
    private final CheckRateLimit rateLimit;

    V1Api(EmulatorState state, Duration queueTime, int checksPerMinute) {
        this.state = state;
        this.splits = new V1Splits(state, queueTime);
        this.rateLimit = new CheckRateLimit(checksPerMinute);
    }

    void split(HttpCall call, V1SplitType type) throws IOException {
        splits.split(call, type);
    }

    void batch(HttpCall call, V1SplitType type) throws IOException {
        splits.batch(call, type);
    }

    void changeVoice(HttpCall call) throws IOException {
        splits.split(call, V1SplitType.VOICE_CHANGE);
    }

    void upload(HttpCall call) throws IOException {
        EmulatorLicense license = state.license(call.v1LicenseKey());
        if (license == null) {
            RequestRouter.drain(call);
            call.json(401, V1Errors.unauthorized());
            return;
        }
        String header = call.header("Content-Disposition");
        if (header == null) {
            RequestRouter.drain(call);
            V1Body v = new V1Body();
            v.problem("missing", List.of("header", "Content-Disposition"), "Field required");
            V1Request.refuse(call, v);
            return;
        }
        String name = ContentDisposition.fileName(header);
        if (name == null) {
            RequestRouter.drain(call);
            call.json(400, V1Errors.error("No file name in the Content-Disposition header", "invalid_filename"));
            return;
        }
        StoredFile f = EmulatorApi.store(call, state, license.key(), name, state.uploadLimitWithLicense);
        if (f == null) {
            call.json(400, V1Errors.error("File is too large", "exceeded_size"));
            return;
        }
        call.fileIds.add(f.id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", f.id);
        body.put("name", f.name);
        body.put("size", f.size);
        body.put("duration", Math.round(f.duration));
        body.put("expires", f.expires.getEpochSecond());
        state.quirks.decorate(body);
        call.json(body);
    }

    void check(HttpCall call) throws IOException {
        V1Request r = V1Request.open(call, state, true, license -> {
            long wait = rateLimit.acquire(license.key(), state.now());
            if (wait > 0) {
                call.exchange.getResponseHeaders().set("Retry-After", String.valueOf(wait));
                call.json(429, V1Errors.tooManyRequests());
            }
            return wait == 0;
        });
        if (r == null) {
            return;
        }
        List<String> ids = taskIds(call, r.body(), "check_input", 200);
        if (ids == null) {
            return;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (String id : ids) {
            result.put(id, entry(id, r.license()));
            V1Task t = state.v1Tasks.get(id);
            if (t != null && t.licenseKey.equals(r.license().key()) && !call.fileIds.contains(t.source.id)) {
                call.fileIds.add(t.source.id); // the log shows the sources a check concerned
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", result);
        state.quirks.decorate(body);
        call.json(body);
    }

    /** The validated {@code task_ids} (recorded on the call); {@code null} after answering 422. */
    private List<String> taskIds(HttpCall call, JsonNode root, String name, int max) throws IOException {
        V1Body v = new V1Body();
        List<Object> loc = List.of("body", name);
        JsonNode body = v.object(root, loc);
        List<JsonNode> nodes = body == null ? null : v.list(body, "task_ids", loc, 0, max);
        List<String> ids = new java.util.ArrayList<>();
        if (nodes != null) {
            for (int i = 0; i < nodes.size(); i++) {
                String id = v.uuid4(nodes.get(i), List.of("body", name, "task_ids", i));
                if (id != null && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        call.taskIds.addAll(ids);
        return V1Request.refuse(call, v) ? null : ids;
    }

    private Map<String, Object> entry(String id, EmulatorLicense license) {
        Instant now = state.now();
        V1Task t = state.v1Tasks.get(id);
        if (t == null || !now.isBefore(t.created.plus(V1Task.CHECKABLE))) {
            return serverError(V1Errors.UNKNOWN_TASK);
        }
        if (!t.licenseKey.equals(license.key())) {
            return serverError(V1Errors.PERMISSION_DENIED);
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("source_id", t.source.id);
        e.put("presets", t.request.presets());
        String s = t.run.state(now);
        e.put("status", s);
        switch (s) {
            case SeparationTask.PROGRESS -> e.put("progress", t.run.progress(now));
            case SeparationTask.SUCCESS -> {
                boolean free = license.plan() == EmulatorLicense.PlanType.FREE;
                if (t.complete(free ? EmulatorState.PREVIEW_SECONDS : 0)) {
                    state.charge(t.licenseKey, t.minutes());
                }
                e.put("result", t.result(state.mediaBaseUrl(), state.quirks));
            }
            case SeparationTask.ERROR -> {
                Map<String, Object> err = new LinkedHashMap<>();
                err.put("detail", t.run.error(now));
                err.put("code", "inference_error");
                err.put("id", t.errorId);
                state.quirks.decorate(err);
                e.put("error", err);
            }
            default -> {
                // cancelled: source_id and presets only
            }
        }
        state.quirks.decorate(e);
        return e;
    }

    private Map<String, Object> serverError(String text) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("status", "server_error");
        e.put("error", text);
        state.quirks.decorate(e);
        return e;
    }

    void cancel(HttpCall call) throws IOException {
        V1Request r = V1Request.open(call, state, true);
        List<String> ids = r == null ? null : taskIds(call, r.body(), "cancel_input", 0);
        if (ids == null) {
            return;
        }
        Instant now = state.now();
        Map<String, Object> result = new LinkedHashMap<>();
        for (String id : ids) {
            V1Task t = state.v1Tasks.get(id);
            if (t == null) {
                result.put(id, serverError(V1Errors.UNKNOWN_TASK));
            } else if (!t.licenseKey.equals(r.license().key())) {
                result.put(id, serverError(V1Errors.PERMISSION_DENIED));
            } else if (t.run.cancel(now)) {
                result.put(id, success());
            } else {
                result.put(id, serverError(V1Errors.NOT_IN_PROGRESS));
            }
        }
        answerResult(call, result);
    }

    void cancelAll(HttpCall call) throws IOException {
        V1Request r = V1Request.open(call, state, false);
        if (r == null) {
            return;
        }
        Instant now = state.now();
        Map<String, Object> result = new LinkedHashMap<>();
        state.v1Tasks.values().stream().filter(t -> t.licenseKey.equals(r.license().key()))
                .sorted(java.util.Comparator.comparing((V1Task t) -> t.created)).forEach(t -> {
                    if (t.run.cancel(now)) {
                        call.taskIds.add(t.id);
                        result.put(t.id, success());
                    }
                });
        answerResult(call, result);
    }

    private Map<String, Object> success() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "success");
        state.quirks.decorate(m);
        return m;
    }

    private void answerResult(HttpCall call, Map<String, Object> result) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", result);
        state.quirks.decorate(body);
        call.json(body);
    }

    void delete(HttpCall call) throws IOException {
        V1Request r = V1Request.open(call, state, true);
        if (r == null) {
            return;
        }
        V1Body v = new V1Body();
        List<Object> loc = List.of("body", "delete_input");
        JsonNode body = v.object(r.body(), loc);
        String id = body == null ? null : v.uuid4(body, "source_id", loc, true, false);
        if (id != null) {
            call.fileIds.add(id);
        }
        if (V1Request.refuse(call, v)) {
            return;
        }
        StoredFile f = state.ownedFile(id, r.license().key());
        if (f == null) {
            call.json(400, V1Errors.error(V1Errors.SOURCE_GONE, SOURCE_NOT_FOUND));
            return;
        }
        Instant now = state.now();
        state.v1Tasks.values().stream().filter(t -> t.source == f).forEach(t -> {
            t.run.cancel(now);
            call.taskIds.add(t.id);
        });
        SeparationTask v0 = f.task();
        if (v0 != null) {
            v0.cancel(now);
        }
        state.files.remove(id);
        EmulatorApi.deleteQuietly(f.path.getParent());
        Map<String, Object> answer = new LinkedHashMap<>();
        state.quirks.decorate(answer);
        call.json(answer);
    }

    void minutesLeft(HttpCall call) throws IOException {
        V1Request r = V1Request.open(call, state, false);
        if (r == null) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("minutes_left", EmulatorApi.round(state.minutesLeft(r.license())));
        state.quirks.decorate(body);
        call.json(body);
    }

    void voicePacks(HttpCall call) throws IOException {
        V1Request r = V1Request.open(call, state, false);
        if (r == null) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("packs", state.voicePacks.listed(r.license().key()));
        state.quirks.decorate(body);
        call.json(body);
    }
}
