package io.github.camellalal.client.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.TaskStart;
import io.github.camellalal.client.VoicePack;
import io.github.camellalal.client.http.BodyExcerpt;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads v1's answers to task starts, cancels and pack lists: task ids, per-item failures of a batch, per-task cancel
 * errors, voice packs.
 */
final class V1Splits {

    private V1Splits() {
    }

    static String taskId(JsonNode answer) {
        String id = answer.path("task_id").asText(null);
        if (id == null || id.isBlank()) {
            throw malformed(ApiOperation.SPLIT, List.of(), answer, "the answer has no task_id");
        }
        return id;
    }

    /** One outcome per item sent, in order; the service answers in request order. */
    static List<TaskStart> batchResults(JsonNode answer, List<String> sources) {
        JsonNode results = answer.path("results");
        if (!results.isArray() || results.size() != sources.size()) {
            throw malformed(ApiOperation.SPLIT, sources, answer, "expected " + sources.size() + " results");
        }
        List<TaskStart> starts = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            JsonNode r = results.get(i);
            String source = r.path("source_id").asText(sources.get(i));
            String taskId = r.path("task_id").asText(null);
            if (!"error".equals(r.path("status").asText()) && taskId != null) {
                starts.add(new TaskStart(source, taskId, null, null));
            } else {
                starts.add(new TaskStart(source, null, r.path("code").asText(null), r.path("error").asText(null)));
            }
        }
        return starts;
    }

    /** The failure of the items that did not start; the first one's code is the exception's. */
    static LalalApiException failure(List<TaskStart> failed, int total) {
        String list = failed.stream().map(f -> f.sourceId() + " (" + f.code() + ": " + f.error() + ")")
                .collect(Collectors.joining(", "));
        return new LalalApiException(ApiOperation.SPLIT, failed.stream().map(TaskStart::sourceId).toList(),
                "LALAL.AI split failed for " + failed.size() + " of " + total + " files: " + list,
                failed.get(0).error(), 200, null, null, failed.get(0).code());
    }

    /** The packs of a {@code /voice_packs/list/} answer; a pack without name or id makes the answer malformed. */
    static List<VoicePack> voicePacks(JsonNode answer) {
        JsonNode packs = answer.path("packs");
        if (!packs.isArray()) {
            throw malformed(ApiOperation.VOICE_PACKS, List.of(), answer, "the answer has no list packs");
        }
        List<VoicePack> list = new ArrayList<>();
        for (JsonNode p : packs) {
            String name = p.path("name").asText(null);
            String id = p.path("pack_id").asText(null);
            if (name == null || id == null) {
                throw malformed(ApiOperation.VOICE_PACKS, List.of(), answer, "a pack without name or pack_id");
            }
            JsonNode created = p.path("created");
            list.add(new VoicePack(name, id, created.canConvertToLong() ? Instant.ofEpochSecond(created.asLong())
                    : null));
        }
        return List.copyOf(list);
    }

    /** Cancel answers per task; a task the service did not cancel fails the call, naming it and why. */
    static void requireCancelled(JsonNode result, List<String> ids) {
        List<String> refused = new ArrayList<>();
        for (String id : ids) {
            JsonNode r = result.get(id);
            if (r == null || !"success".equals(r.path("status").asText())) {
                refused.add(id + " (" + (r == null ? "not in the answer" : r.path("error").asText("?")) + ")");
            }
        }
        if (!refused.isEmpty()) {
            throw new LalalApiException(ApiOperation.CANCEL, ids, "LALAL.AI cancel failed for " + refused, null,
                    200, null, null);
        }
    }

    private static LalalApiException malformed(ApiOperation op, List<String> ids, JsonNode answer, String why) {
        String excerpt = BodyExcerpt.of(answer.toString().getBytes(StandardCharsets.UTF_8));
        return new LalalApiException(op, ids, "LALAL.AI " + V1Caller.name(op) + " failed: malformed answer ("
                + why + "): " + excerpt, null, 200, excerpt, null);
    }
}
