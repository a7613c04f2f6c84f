package io.github.camellalal.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The v1 task starts: the four split endpoints, the three batch endpoints and voice change; idempotency keys. */
final class V1Splits {

    static final String NOT_ENOUGH_MINUTES = "Not enough minutes left on your license";
    static final String NO_BATCH = "Batch processing is not available for your license";

    private final EmulatorState state;
    private final Duration queueTime;
    /** Tasks by license and idempotency key ({@code <license> <key>}): keys are per license. */
    private final Map<String, V1Task> byKey = new HashMap<>();

    V1Splits(EmulatorState state, Duration queueTime) {
        this.state = state;
        this.queueTime = queueTime;
    }

    /**
     * What starting one item gave.
     *
     * @param task  the task (new, or the one its idempotency key started), or {@code null}
     * @param error the error text when none
     * @param code  the error code when none
     */
    record Start(V1Task task, String error, String code) {
    }

    void split(HttpCall call, V1SplitType type) throws IOException {
        V1Request r = V1Request.open(call, state, true);
        if (r == null) {
            return;
        }
        String root = type == V1SplitType.VOICE_CHANGE ? "change_voice_input" : "split_input";
        V1Body v = new V1Body();
        V1SplitRequest item = V1Presets.parse(type, r.body(), List.of("body", root), v);
        if (item != null) {
            call.fileIds.add(item.sourceId());
            call.idempotencyKeys.add(item.idempotencyKey());
        }
        if (V1Request.refuse(call, v)) {
            return;
        }
        if (type == V1SplitType.VOICE_CHANGE && !state.voicePacks.usable(r.license().key(),
                String.valueOf(item.presets().get("voice_pack_id")))) {
            call.json(400, V1Errors.error("Voice pack not found", "voice_pack_not_found"));
            return;
        }
        Start s = start(r.license(), item, false);
        if (s.task() == null) {
            call.json(400, V1Errors.error(s.error(), s.code()));
            return;
        }
        call.taskIds.add(s.task().id);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("task_id", s.task().id);
        state.quirks.decorate(answer);
        call.json(answer);
    }

    void batch(HttpCall call, V1SplitType type) throws IOException {
        V1Request r = V1Request.open(call, state, true);
        if (r == null) {
            return;
        }
        V1Body v = new V1Body();
        List<Object> loc = List.of("body", "batch_input");
        JsonNode body = v.object(r.body(), loc);
        List<JsonNode> nodes = body == null ? null : v.list(body, "items", loc, 1, 100);
        List<V1SplitRequest> items = new ArrayList<>();
        if (nodes != null) {
            for (int i = 0; i < nodes.size(); i++) {
                V1SplitRequest item = V1Presets.parse(type, nodes.get(i), List.of("body", "batch_input", "items", i),
                        v);
                items.add(item);
                if (item != null) {
                    call.fileIds.add(item.sourceId());
                    call.idempotencyKeys.add(item.idempotencyKey());
                }
            }
        }
        if (V1Request.refuse(call, v)) {
            return;
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (V1SplitRequest item : items) {
            Start s = start(r.license(), item, true);
            Map<String, Object> m = new LinkedHashMap<>();
            if (s.task() != null) {
                call.taskIds.add(s.task().id);
                m.put("status", "success");
                m.put("task_id", s.task().id);
            } else {
                m.put("status", "error");
                m.put("error", s.error());
                m.put("code", s.code());
            }
            m.put("source_id", item.sourceId());
            state.quirks.decorate(m);
            results.add(m);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("results", results);
        state.quirks.decorate(answer);
        call.json(answer);
    }

    /** Starts one item, or returns the task its idempotency key started while that still waits in the queue. */
    synchronized Start start(EmulatorLicense license, V1SplitRequest item, boolean batch) {
        Instant now = state.now();
        String slot = item.idempotencyKey() == null ? null : license.key() + " " + item.idempotencyKey();
        V1Task earlier = slot == null ? null : byKey.get(slot);
        if (earlier != null) {
            if (!earlier.started(now) && earlier.request.fingerprint().equals(item.fingerprint())) {
                return new Start(earlier, null, null);
            }
            return new Start(null, V1Errors.KEY_USED, "idempotency_key_used");
        }
        if (batch && license.plan() == EmulatorLicense.PlanType.FREE) {
            return new Start(null, NO_BATCH, "batch_not_avaliable");
        }
        StoredFile f = state.ownedFile(item.sourceId(), license.key());
        if (f == null) {
            return new Start(null, V1Errors.SOURCE_GONE, "internal_error");
        }
        if (!f.hasValidExtension()) {
            return new Start(null, EmulatorApi.INVALID_EXTENSION, "internal_error");
        }
        double pending = state.v1Tasks.values().stream().filter(t -> t.licenseKey.equals(license.key())
                && SeparationTask.PROGRESS.equals(t.run.state(now))).mapToDouble(V1Task::minutes).sum();
        double needed = f.duration / 60.0 * item.stems();
        if (needed > state.minutesLeft(license) - pending + 1e-9) {
            return new Start(null, NOT_ENOUGH_MINUTES, "exceeded_duration");
        }
        String failure = f.takePendingFailure();
        V1Task task = new V1Task(item, f, license.key(), now, queueTime, state.taskDuration,
                failure != null ? failure : f.isCorruptWav() ? EmulatorApi.UNDECODABLE : null);
        state.v1Tasks.put(task.id, task);
        if (slot != null) {
            byKey.put(slot, task);
        }
        return new Start(task, null, null);
    }
}
