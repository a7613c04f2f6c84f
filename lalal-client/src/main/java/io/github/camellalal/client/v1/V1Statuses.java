package io.github.camellalal.client.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.StemTracks;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.client.TaskStatus;
import io.github.camellalal.client.Track;
import java.util.ArrayList;
import java.util.List;

/** Maps one entry of a v1 check answer (keyed by task id) to the API-neutral {@link FileStatus}. */
final class V1Statuses {

    private V1Statuses() {
    }

    static FileStatus of(String taskId, JsonNode e) {
        if (e == null || !e.isObject()) {
            return unknown(taskId, "not in the service's answer");
        }
        String status = e.path("status").asText(null);
        if (status == null || "server_error".equals(status)) {
            return unknown(taskId, e.path("error").asText("server_error"));
        }
        JsonNode presets = e.path("presets");
        String stem = text(presets, "stem");
        String splitter = text(presets, "splitter");
        String sourceId = text(e, "source_id");
        JsonNode result = e.path("result");
        Double duration = result.path("duration").isNumber() ? result.path("duration").asDouble() : null;
        List<Track> tracks = null;
        StemTracks split = null;
        if (result.path("tracks").isArray()) {
            tracks = new ArrayList<>();
            for (JsonNode t : result.get("tracks")) {
                tracks.add(new Track(text(t, "type"), text(t, "label"), text(t, "url"),
                        t.path("size").isNumber() ? t.get("size").asLong() : null));
            }
            split = stemAndBack(tracks, stem, duration);
        }
        String error = null;
        if ("error".equals(status)) {
            JsonNode err = e.path("error");
            error = err.isObject() ? err.path("detail").asText(null)
                    + (err.path("code").isTextual() ? " (" + err.get("code").asText() + ")" : "") : err.asText(null);
        }
        Integer progress = null;
        if (e.path("progress").isNumber()) {
            progress = e.get("progress").asInt();
        } else if ("success".equals(status)) {
            progress = 100;
        }
        TaskStatus task = new TaskStatus(TaskState.fromId(status), status, progress, error);
        return new FileStatus(taskId, true, null, null, null, duration, splitter, stem, null, split, null, task,
                sourceId, tracks);
    }

    /** The first stem track and the first back track, as v0's stem/back pair, so v0-shaped code finds them. */
    private static StemTracks stemAndBack(List<Track> tracks, String stem, Double duration) {
        Track s = tracks.stream().filter(t -> "stem".equals(t.type())).findFirst().orElse(null);
        Track b = tracks.stream().filter(t -> "back".equals(t.type())).findFirst().orElse(null);
        if (s == null && b == null) {
            return null;
        }
        return new StemTracks(stem != null ? stem : s == null ? null : s.label(), duration,
                s == null ? null : s.url(), s == null ? null : s.size(), b == null ? null : b.url(),
                b == null ? null : b.size());
    }

    private static FileStatus unknown(String taskId, String error) {
        return new FileStatus(taskId, false, error, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }
}
