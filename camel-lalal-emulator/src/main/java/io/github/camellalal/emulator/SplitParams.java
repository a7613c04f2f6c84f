package io.github.camellalal.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of one file in a split request, read either from the {@code params} JSON list or from flat form
 * fields (as the official scripts send), and checked against the splitter table of the API.
 */
record SplitParams(String id, String stem, String splitter, boolean dereverb, boolean enhanced, int noiseLevel) {

    static final List<String> STEMS = List.of("vocals", "voice", "drum", "bass", "piano", "electric_guitar",
            "acoustic_guitar", "synthesizer", "strings", "wind");
    static final Map<String, Set<String>> SPLITTERS = Map.of(
            "phoenix", Set.copyOf(STEMS),
            "orion", Set.of("vocals", "voice", "drum", "piano", "bass", "electric_guitar", "acoustic_guitar"),
            "perseus", Set.of("vocals", "voice", "drum", "bass"));

    /** The requests of a split call; throws IllegalArgumentException with the error text to answer. */
    static List<SplitParams> fromForm(Map<String, List<String>> form, ObjectMapper json) {
        List<String> params = form.get("params");
        List<SplitParams> result = new ArrayList<>();
        if (params != null && !params.isEmpty()) {
            JsonNode list;
            try {
                list = json.readTree(params.get(0));
            } catch (Exception e) {
                throw new IllegalArgumentException("Invalid params: not a JSON list");
            }
            if (list == null || !list.isArray() || list.isEmpty()) {
                throw new IllegalArgumentException("Invalid params: expected a non-empty JSON list of objects");
            }
            for (Iterator<JsonNode> it = list.elements(); it.hasNext();) {
                JsonNode o = it.next();
                if (!o.isObject()) {
                    throw new IllegalArgumentException("Invalid params: expected a non-empty JSON list of objects");
                }
                result.add(of(text(o, "id"), text(o, "stem"), text(o, "splitter"), text(o, "dereverb_enabled"),
                        text(o, "enhanced_processing_enabled"), text(o, "noise_cancelling_level")));
            }
        } else {
            result.add(of(first(form, "id"), first(form, "stem"), first(form, "splitter"),
                    first(form, "dereverb_enabled"), first(form, "enhanced_processing_enabled"),
                    first(form, "noise_cancelling_level")));
        }
        return result;
    }

    private static SplitParams of(String id, String stem, String splitter, String dereverb, String enhanced,
            String noise) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(EmulatorApi.INVALID_FILE_ID);
        }
        String s = stem == null || stem.isBlank() ? "vocals" : stem.trim();
        if (!STEMS.contains(s)) {
            throw new IllegalArgumentException("Unknown stem: " + s);
        }
        // Automatic choice: the most effective splitter for the stem, phoenix, which offers every stem.
        String sp = splitter == null || splitter.isBlank() ? "phoenix" : splitter.trim();
        if (!SPLITTERS.containsKey(sp)) {
            throw new IllegalArgumentException("Unknown splitter: " + sp);
        }
        if (!SPLITTERS.get(sp).contains(s)) {
            throw new IllegalArgumentException("Splitter " + sp + " does not support stem " + s);
        }
        int level = 1;
        if (noise != null && !noise.isBlank()) {
            try {
                level = Integer.parseInt(noise.trim());
            } catch (NumberFormatException e) {
                level = -1;
            }
            if (level < 0 || level > 2) {
                throw new IllegalArgumentException("Invalid noise_cancelling_level: " + noise + " (0, 1 or 2)");
            }
        }
        return new SplitParams(id.trim(), s, sp, bool(dereverb, false, "dereverb_enabled"),
                bool(enhanced, true, "enhanced_processing_enabled"), level);
    }

    private static boolean bool(String value, boolean dflt, String name) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        return switch (value.trim()) {
            case "true", "True", "TRUE", "1" -> true;
            case "false", "False", "FALSE", "0" -> false;
            default -> throw new IllegalArgumentException("Invalid " + name + ": " + value);
        };
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
