package io.github.camellalal.client.v0;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.StemTracks;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.client.TaskStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps between the public model and the v0 wire format. */
final class WireMapper {

    /** One entry of split's {@code params} list: only what is set, then the extra keys untouched. */
    static Map<String, Object> params(SplitRequest r) {
        refuseV1Options(r);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", r.fileId());
        if (r.splitter() != null) {
            p.put("splitter", r.splitter().id());
        }
        if (r.stem() != null) {
            p.put("stem", r.stem().id());
        }
        if (r.dereverb() != null) {
            p.put("dereverb_enabled", r.dereverb());
        }
        if (r.enhancedProcessing() != null) {
            p.put("enhanced_processing_enabled", r.enhancedProcessing());
        }
        if (r.noiseCancellingLevel() != null) {
            p.put("noise_cancelling_level", r.noiseCancellingLevel());
        }
        p.putAll(r.extraParams());
        return p;
    }

    /** Options only API v1 has fail before any request, naming the option and the version that has it. */
    private static void refuseV1Options(SplitRequest r) {
        if (r.splitType() != SplitType.STEM_SEPARATOR) {
            throw LalalValidationException.needsApi("option splitType=" + r.splitType().id(), "v0", "v1");
        }
        if (r.encoderFormat() != null) {
            throw LalalValidationException.needsApi("option encoderFormat", "v0", "v1");
        }
        if (r.extractionLevel() != null) {
            throw LalalValidationException.needsApi("option extractionLevel", "v0", "v1");
        }
        if (r.splitter() != null && r.splitter().v1Only()) {
            throw LalalValidationException.needsApi("option splitter=" + r.splitter().id(), "v0", "v1");
        }
    }

    FileStatus file(String id, WireModels.File f) {
        boolean known = !"error".equals(f.status());
        TaskStatus task = f.task() == null ? null
                : new TaskStatus(TaskState.fromId(f.task().state()), f.task().state(), f.task().progress(),
                        f.task().error());
        return new FileStatus(id, known, f.error(), f.name(), f.size(), f.duration(), f.splitter(), f.stem(),
                tracks(f.preview()), tracks(f.split()), tracks(f.player()), task);
    }

    FileStatus missing(String id) {
        return new FileStatus(id, false, "not in the service's answer", null, null, null, null, null, null, null,
                null, null);
    }

    private static StemTracks tracks(WireModels.Tracks t) {
        return t == null ? null : new StemTracks(t.stem(), t.duration(), t.stemTrack(), t.stemTrackSize(),
                t.backTrack(), t.backTrackSize());
    }
}
