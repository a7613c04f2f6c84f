package io.github.camellalal.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Validates one v1 split item (source, presets, idempotency key) per its endpoint's schema. */
final class V1Presets {

    static final List<String> SPLITTERS = List.of("andromeda", "perseus", "orion", "phoenix", "lyra", "lynx");
    static final List<String> FORMATS = List.of("mp3", "wav", "flac", "aac", "ogg");
    static final List<String> STEMS = List.of("vocals", "drum", "piano", "bass", "electric_guitar",
            "acoustic_guitar", "synthesizer", "strings", "wind");
    static final List<String> MULTISTEMS = STEMS.subList(0, 6);
    static final List<String> PHOENIX_ONLY = STEMS.subList(6, 9);
    static final List<String> EXTRACTION = List.of("deep_extraction", "clear_cut");
    static final List<String> TONALITY = List.of("source_file", "voice_pack");
    /** What {@code auto} (no splitter given) resolves to: the one offering every stem. */
    static final String AUTO = "phoenix";

    private V1Presets() {
    }

    /** The item, or {@code null} after recording its problems in {@code body}. */
    static V1SplitRequest parse(V1SplitType type, JsonNode node, List<Object> loc, V1Body body) {
        JsonNode item = body.object(node, loc);
        if (item == null) {
            return null;
        }
        int before = body.problems.size();
        String source = body.uuid4(item, "source_id", loc, true, false);
        JsonNode p = item.get("presets");
        List<Object> at = V1Body.loc(loc, "presets");
        JsonNode presets = p == null ? null : body.object(p, at);
        if (p == null) {
            body.problem("missing", at, "Field required");
        }
        String key = body.uuid4(item, "idempotency_key", loc, false, true);
        if (presets == null) {
            return null;
        }
        Map<String, Object> echo = new TreeMap<>();
        List<V1SplitRequest.TrackSpec> tracks = new ArrayList<>();
        String splitter = "auto";
        String stem = null;
        int stems = 1;
        if (type != V1SplitType.VOICE_CHANGE) {
            splitter = body.choice(presets, "splitter", at, SPLITTERS, "auto", false);
            echo.put("splitter", "auto".equals(splitter) ? AUTO : splitter);
            echo.put("label", type.label);
        }
        echo.put("dereverb_enabled", body.bool(presets, "dereverb_enabled", at, false));
        String format = body.choice(presets, "encoder_format", at, FORMATS, null, true);
        echo.put("encoder_format", format);
        echo.put("task_type", type.taskType());
        switch (type) {
            case STEM_SEPARATOR -> {
                stem = required(body, presets, "stem", at) ? body.choice(presets, "stem", at, STEMS, null, false)
                        : null;
                echo.put("stem", stem);
                String multivocal = null;
                JsonNode mv = presets.get("multivocal");
                if (mv != null && !mv.isNull()) {
                    if (!mv.isTextual() || !mv.asText().equals("lead_back")) {
                        body.problem("literal_error", V1Body.loc(at, "multivocal"), "Input should be 'lead_back'");
                    } else {
                        multivocal = "lead_back";
                    }
                }
                body.choice(presets, "extraction_level", at, EXTRACTION, "deep_extraction", false);
                // the contract's check example echoes exactly these keys for this endpoint
                echo.put("multivocal", multivocal);
                echo.put("enhanced_processing_enabled", false);
                if (stem != null && PHOENIX_ONLY.contains(stem) && splitter != null
                        && !List.of("auto", "phoenix").contains(splitter)) {
                    body.problem("value_error", at, "Value error, stem '" + stem
                            + "' is available only with the phoenix splitter");
                }
                if (multivocal != null && stem != null && !stem.equals("vocals")) {
                    body.problem("value_error", at, "Value error, multivocal 'lead_back' is available only for the "
                            + "'vocals' stem");
                }
                if (multivocal != null) {
                    tracks.add(new V1SplitRequest.TrackSpec("stem", "vocals@0"));
                    tracks.add(new V1SplitRequest.TrackSpec("stem", "vocals@1"));
                    tracks.add(new V1SplitRequest.TrackSpec("back", "no_vocals"));
                    tracks.add(new V1SplitRequest.TrackSpec("back", "mix_no_lead"));
                } else {
                    tracks.add(new V1SplitRequest.TrackSpec("stem", stem));
                    tracks.add(new V1SplitRequest.TrackSpec("back", "no_" + stem));
                }
            }
            case DEMUSER, VOICE_CLEAN -> {
                stem = type == V1SplitType.DEMUSER ? "music" : "voice";
                body.literal(presets, "stem", at, stem);
                echo.put("stem", stem);
                if (type == V1SplitType.VOICE_CLEAN) {
                    echo.put("noise_cancelling_level", body.intChoice(presets, "noise_cancelling_level", at,
                            List.of(0, 1, 2), 0));
                }
                tracks.add(new V1SplitRequest.TrackSpec("stem", stem));
                tracks.add(new V1SplitRequest.TrackSpec("back", "no_" + stem));
            }
            case MULTISTEM -> {
                List<String> list = new ArrayList<>();
                List<JsonNode> items = body.list(presets, "stem_list", at, 1, 6);
                if (items != null) {
                    for (int i = 0; i < items.size(); i++) {
                        JsonNode s = items.get(i);
                        if (!s.isTextual() || !MULTISTEMS.contains(s.asText())) {
                            body.problem("enum", V1Body.loc(V1Body.loc(at, "stem_list"), i), "Input should be "
                                    + V1Body.quoted(MULTISTEMS));
                        } else if (!list.contains(s.asText())) {
                            list.add(s.asText()); // a stem listed twice gives one track
                        }
                    }
                }
                echo.put("stem_list", list);
                echo.put("extraction_level", body.choice(presets, "extraction_level", at, EXTRACTION,
                        "deep_extraction", false));
                list.forEach(s -> tracks.add(new V1SplitRequest.TrackSpec("stem", s)));
                tracks.add(new V1SplitRequest.TrackSpec("back", "no_multistem"));
                stems = Math.max(1, list.size());
            }
            case VOICE_CHANGE -> {
                echo.put("voice_pack_id", body.string(presets, "voice_pack_id", at));
                echo.put("accent", body.number(presets, "accent", at, 0.0, 1.0, 1.0));
                echo.put("tonality_reference", body.choice(presets, "tonality_reference", at, TONALITY,
                        "source_file", false));
                tracks.add(new V1SplitRequest.TrackSpec("back", "converted_mix"));
            }
            default -> throw new IllegalStateException(type.name());
        }
        if (body.problems.size() > before) {
            return null;
        }
        return new V1SplitRequest(type, source, key, echo, tracks, format, stems, splitter, stem);
    }

    private static boolean required(V1Body body, JsonNode obj, String name, List<Object> loc) {
        if (obj.get(name) == null) {
            body.problem("missing", V1Body.loc(loc, name), "Field required");
            return false;
        }
        return true;
    }
}
