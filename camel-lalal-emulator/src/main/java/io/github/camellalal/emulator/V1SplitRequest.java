package io.github.camellalal.emulator;

import java.util.List;
import java.util.Map;

/**
 * One validated v1 split (or voice change) item.
 *
 * @param type           which endpoint
 * @param sourceId       the source to process
 * @param idempotencyKey the item's key, or {@code null}
 * @param presets        the presets as a check answer echoes them (auto splitter resolved)
 * @param tracks         the tracks its result will have
 * @param encoderFormat  the output format, or {@code null} for the source's
 * @param stems          how many stems it is charged for (multistem: one per stem)
 * @param splitter       the requested splitter ({@code auto} when none)
 * @param stem           the requested stem (stem separator), for the splitter rule
 */
record V1SplitRequest(V1SplitType type, String sourceId, String idempotencyKey, Map<String, Object> presets,
        List<TrackSpec> tracks, String encoderFormat, int stems, String splitter, String stem) {

    /**
     * A track of a result.
     *
     * @param type  {@code stem} or {@code back}
     * @param label e.g. {@code vocals}, {@code no_vocals}
     */
    record TrackSpec(String type, String label) {
    }

    /** What makes a reused idempotency key the same request. */
    String fingerprint() {
        return type + "|" + sourceId + "|" + presets;
    }
}
