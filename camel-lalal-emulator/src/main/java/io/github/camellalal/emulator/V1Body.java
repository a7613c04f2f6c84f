package io.github.camellalal.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads a v1 JSON body and validates it as the OpenAPI's schemas say, collecting every problem the way the
 * service's validation answers (422, {@code detail}: a list of {@code {"type", "loc", "msg"}}). Types are strict:
 * a string is not a boolean, a number, a list or an object.
 */
final class V1Body {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<Map<String, Object>> problems = new ArrayList<>();

    /** Thrown when the body is not JSON at all. */
    static final class Unparseable extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** Reads the body, records it on the call; {@code null} for an empty body. */
    static JsonNode read(HttpCall call) throws IOException, Unparseable {
        byte[] bytes;
        try (InputStream in = call.exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        call.bodyBytes += bytes.length;
        String text = new String(bytes, StandardCharsets.UTF_8);
        call.jsonBody = text;
        if (text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new Unparseable();
        }
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void problem(String type, List<Object> loc, String msg) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type);
        p.put("loc", List.copyOf(loc));
        p.put("msg", msg);
        problems.add(p);
    }

    static List<Object> loc(List<Object> parent, Object child) {
        List<Object> l = new ArrayList<>(parent);
        l.add(child);
        return l;
    }

    /** The body or a required field as an object; {@code null} after recording a problem. */
    JsonNode object(JsonNode node, List<Object> loc) {
        if (node == null || node.isMissingNode()) {
            problem("missing", loc, "Field required");
            return null;
        }
        if (!node.isObject()) {
            problem("model_attributes_type", loc, "Input should be a valid dictionary or object to extract fields "
                    + "from");
            return null;
        }
        return node;
    }

    /** A field that must be present (it is missing: recorded) or may be absent ({@code null}). */
    private JsonNode field(JsonNode obj, String name, List<Object> loc, boolean required) {
        JsonNode v = obj.get(name);
        if (v == null && required) {
            problem("missing", loc(loc, name), "Field required");
        }
        return v;
    }

    /** A uuid4 string; with {@code nullable}, JSON null and absence give {@code null}. */
    String uuid4(JsonNode obj, String name, List<Object> loc, boolean required, boolean nullable) {
        JsonNode v = field(obj, name, loc, required);
        if (v == null || v.isNull() && nullable) {
            return null;
        }
        return uuid4(v, loc(loc, name));
    }

    String uuid4(JsonNode v, List<Object> loc) {
        if (!v.isTextual()) {
            problem("uuid_type", loc, "UUID input should be a string, bytes or UUID object");
            return null;
        }
        UUID u;
        try {
            u = UUID.fromString(v.asText());
        } catch (IllegalArgumentException e) {
            u = null;
        }
        if (u == null || !u.toString().equalsIgnoreCase(v.asText())) {
            problem("uuid_parsing", loc, "Input should be a valid UUID");
            return null;
        }
        if (u.version() != 4) {
            problem("uuid_version", loc, "UUID version 4 expected");
            return null;
        }
        return u.toString();
    }

    /** One of {@code allowed}; absent gives {@code dflt}; with {@code nullable}, JSON null gives {@code null}. */
    String choice(JsonNode obj, String name, List<Object> loc, List<String> allowed, String dflt, boolean nullable) {
        JsonNode v = field(obj, name, loc, false);
        if (v == null) {
            return dflt;
        }
        if (v.isNull() && nullable) {
            return null;
        }
        if (!v.isTextual() || !allowed.contains(v.asText())) {
            problem("enum", loc(loc, name), "Input should be " + quoted(allowed));
            return null;
        }
        return v.asText();
    }

    /** A required constant string (the {@code const} of a schema). */
    String literal(JsonNode obj, String name, List<Object> loc, String value) {
        JsonNode v = field(obj, name, loc, true);
        if (v == null) {
            return null;
        }
        if (!v.isTextual() || !v.asText().equals(value)) {
            problem("literal_error", loc(loc, name), "Input should be '" + value + "'");
            return null;
        }
        return value;
    }

    boolean bool(JsonNode obj, String name, List<Object> loc, boolean dflt) {
        JsonNode v = field(obj, name, loc, false);
        if (v == null) {
            return dflt;
        }
        if (!v.isBoolean()) {
            problem("bool_type", loc(loc, name), "Input should be a valid boolean");
            return dflt;
        }
        return v.asBoolean();
    }

    int intChoice(JsonNode obj, String name, List<Object> loc, List<Integer> allowed, int dflt) {
        JsonNode v = field(obj, name, loc, false);
        if (v == null) {
            return dflt;
        }
        if (!v.isIntegralNumber() || !allowed.contains(v.asInt())) {
            problem("enum", loc(loc, name), "Input should be "
                    + allowed.stream().map(String::valueOf).collect(Collectors.joining(", ")).replaceAll(", (\\d+)$",
                            " or $1"));
            return dflt;
        }
        return v.asInt();
    }

    double number(JsonNode obj, String name, List<Object> loc, double min, double max, double dflt) {
        JsonNode v = field(obj, name, loc, false);
        if (v == null) {
            return dflt;
        }
        if (!v.isNumber()) {
            problem("float_type", loc(loc, name), "Input should be a valid number");
            return dflt;
        }
        if (v.asDouble() < min) {
            problem("greater_than_equal", loc(loc, name), "Input should be greater than or equal to " + min);
        } else if (v.asDouble() > max) {
            problem("less_than_equal", loc(loc, name), "Input should be less than or equal to " + max);
        }
        return v.asDouble();
    }

    String string(JsonNode obj, String name, List<Object> loc) {
        JsonNode v = field(obj, name, loc, true);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            problem("string_type", loc(loc, name), "Input should be a valid string");
            return null;
        }
        return v.asText();
    }

    /** A required list of {@code min..max} items ({@code max} 0: unbounded); {@code null} after a problem. */
    List<JsonNode> list(JsonNode obj, String name, List<Object> loc, int min, int max) {
        JsonNode v = field(obj, name, loc, true);
        if (v == null) {
            return null;
        }
        List<Object> at = loc(loc, name);
        if (!v.isArray()) {
            problem("list_type", at, "Input should be a valid list");
            return null;
        }
        if (v.size() < min) {
            problem("too_short", at, "List should have at least " + min + " item" + (min == 1 ? "" : "s")
                    + " after validation, not " + v.size());
            return null;
        }
        if (max > 0 && v.size() > max) {
            problem("too_long", at, "List should have at most " + max + " items after validation, not " + v.size());
            return null;
        }
        List<JsonNode> items = new ArrayList<>();
        v.elements().forEachRemaining(items::add);
        return items;
    }

    static String quoted(List<String> allowed) {
        List<String> q = allowed.stream().map(a -> "'" + a + "'").toList();
        return q.size() == 1 ? q.get(0)
                : String.join(", ", q.subList(0, q.size() - 1)) + " or " + q.get(q.size() - 1);
    }
}
