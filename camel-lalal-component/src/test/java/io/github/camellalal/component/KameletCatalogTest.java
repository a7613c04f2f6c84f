package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The Kamelets shipped in the jar under {@code kamelets/} follow the rules apache/camel-kamelets checks on its own
 * (file name, type label and suffix, titles, typed and described properties, credentials marked, every placeholder
 * declared and every property used, dependencies Camel can resolve), and every property passed to a {@code lalal:}
 * endpoint is a real option of the component JSON, with the same values allowed and the same default.
 */
class KameletCatalogTest {

    private static final Set<String> EXPECTED = Set.of("lalal-stems-action", "lalal-task-source",
            "lalal-voice-change-action");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9-._]+)(?::[^}]*)?}}");
    private static final Pattern DEPENDENCY =
            Pattern.compile("camel:[a-z0-9-]+|mvn:[\\w.-]+:[\\w.-]+:\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    private static final String CREDENTIALS = "urn:camel:group:credentials";
    private static final String JSON = "META-INF/io/github/camellalal/component/lalal.json";
    /** Defaults a Kamelet sets apart from the component's, on purpose: the stems action delivers every track. */
    private static final Map<String, String> OWN_DEFAULTS = Map.of("lalal-stems-action.track", "all");
    /** Options a Kamelet sets to a fixed value, not a property: the voice change action is v1's voice changer. */
    private static final Map<String, String> FIXED = Map.of("lalal-voice-change-action.apiVersion", "v1",
            "lalal-voice-change-action.splitType", "change_voice");

    @Test
    void theJarHoldsEachKameletUnderItsOwnName() throws Exception {
        Map<String, Map<String, Object>> kamelets = kamelets();
        assertThat(kamelets.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED);
        kamelets.forEach((file, k) -> {
            assertThat(k.get("apiVersion")).isEqualTo("camel.apache.org/v1");
            assertThat(k.get("kind")).isEqualTo("Kamelet");
            assertThat(map(k, "metadata").get("name")).as("metadata.name of %s", file).isEqualTo(file);
        });
    }

    @Test
    void typeLabelNameSuffixAndTitleAgree() throws Exception {
        for (Map.Entry<String, Map<String, Object>> e : kamelets().entrySet()) {
            String name = e.getKey();
            String type = (String) map(map(e.getValue(), "metadata"), "labels").get("camel.apache.org/kamelet.type");
            assertThat(type).as(name).isIn("source", "sink", "action");
            assertThat(name).endsWith("-" + type);
            Map<String, Object> definition = map(map(e.getValue(), "spec"), "definition");
            assertThat((String) definition.get("title")).as(name)
                    .endsWith(Character.toUpperCase(type.charAt(0)) + type.substring(1));
            assertThat((String) definition.get("description")).as(name).isNotBlank();
            assertThat(definition.get("type")).as(name).isEqualTo("object");
            Map<String, Object> annotations = map(map(e.getValue(), "metadata"), "annotations");
            assertThat((String) annotations.get("camel.apache.org/kamelet.icon")).as(name)
                    .startsWith("data:image/svg+xml;base64,");
            assertThat((String) annotations.get("camel.apache.org/catalog.version")).as(name)
                    .matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        }
    }

    @Test
    void everyPropertyHasATitleATypeAndADescriptionAndSecretsAreMarked() throws Exception {
        for (Map.Entry<String, Map<String, Object>> e : kamelets().entrySet()) {
            Map<String, Object> definition = map(map(e.getValue(), "spec"), "definition");
            for (Map.Entry<String, Object> p : map(definition, "properties").entrySet()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> property = (Map<String, Object>) p.getValue();
                String where = e.getKey() + " property " + p.getKey();
                String title = (String) property.get("title");
                assertThat(title).as(where).isNotBlank().doesNotStartWith("The ").doesNotStartWith("A ")
                        .doesNotStartWith("An ");
                for (String word : title.split(" ")) {
                    assertThat(Character.isUpperCase(word.charAt(0))).as("%s: title word %s", where, word).isTrue();
                }
                assertThat(property.get("type")).as(where).isIn("string", "boolean", "integer", "number");
                assertThat((String) property.get("description")).as(where).isNotBlank();
                boolean secret = "password".equals(property.get("format"));
                assertThat(secret).as("%s is a secret", where).isEqualTo(p.getKey().equals("apiKey"));
                if (secret) {
                    assertThat(list(property, "x-descriptors")).as(where).contains(CREDENTIALS);
                }
            }
            List<Object> required = definition.containsKey("required") ? list(definition, "required") : List.of();
            assertThat(required).as(e.getKey()).doesNotHaveDuplicates();
            assertThat(map(definition, "properties").keySet()).as(e.getKey()).containsAll(strings(required));
        }
    }

    @Test
    void everyPlaceholderIsDeclaredAndEveryPropertyUsed() throws Exception {
        for (Map.Entry<String, Map<String, Object>> e : kamelets().entrySet()) {
            Map<String, Object> spec = map(e.getValue(), "spec");
            Set<String> used = new TreeSet<>();
            placeholders(spec.get("template"), used);
            Set<String> declared = new TreeSet<>(map(map(spec, "definition"), "properties").keySet());
            assertThat(used).as(e.getKey()).isEqualTo(declared);
        }
    }

    @Test
    void dependenciesNameTheComponentAtThisVersion() throws Exception {
        for (Map.Entry<String, Map<String, Object>> e : kamelets().entrySet()) {
            List<String> dependencies = strings(list(map(e.getValue(), "spec"), "dependencies"));
            assertThat(dependencies).as(e.getKey()).allMatch(d -> DEPENDENCY.matcher(d).matches())
                    .contains("camel:kamelet");
            String version = (String) map(map(e.getValue(), "metadata"), "annotations")
                    .get("camel.apache.org/catalog.version");
            assertThat(dependencies).as(e.getKey()).contains("mvn:io.github.camellalal:camel-lalal:" + version);
        }
    }

    @Test
    void everyPropertyPassedToTheComponentIsARealOptionWithTheSameValues() throws Exception {
        JsonNode options = json().get("properties");
        int checked = 0;
        for (Map.Entry<String, Map<String, Object>> e : kamelets().entrySet()) {
            Map<String, Object> spec = map(e.getValue(), "spec");
            Map<String, Object> properties = map(map(spec, "definition"), "properties");
            for (Map.Entry<String, String> passed : lalalParameters(spec.get("template")).entrySet()) {
                String where = e.getKey() + " passes " + passed.getKey();
                JsonNode option = options.get(passed.getKey());
                assertThat(option).as("%s: an option of the lalal endpoint", where).isNotNull();
                String fixed = FIXED.get(e.getKey() + "." + passed.getKey());
                if (fixed != null) {
                    assertThat(passed.getValue()).as(where).isEqualTo(fixed);
                    assertThat(texts(option.get("enum"))).as("%s: a value the option allows", where).contains(fixed);
                    checked++;
                    continue;
                }
                Matcher m = PLACEHOLDER.matcher(passed.getValue());
                assertThat(m.matches()).as("%s: the value is one property", where).isTrue();
                assertThat(m.group(1)).as(where).isEqualTo(passed.getKey());
                @SuppressWarnings("unchecked")
                Map<String, Object> property = (Map<String, Object>) properties.get(m.group(1));
                assertThat(property.get("type")).as(where).isEqualTo(kameletType(option.get("javaType").asText()));
                if (property.containsKey("enum")) {
                    assertThat(strings(list(property, "enum"))).as(where)
                            .containsExactlyElementsOf(texts(option.get("enum")));
                } else {
                    assertThat(option.has("enum")).as("%s: the option's fixed values are not listed", where).isFalse();
                }
                if (property.containsKey("default")) {
                    String own = OWN_DEFAULTS.get(e.getKey() + "." + passed.getKey());
                    assertThat(String.valueOf(property.get("default"))).as(where)
                            .isEqualTo(own != null ? own : option.get("defaultValue").asText());
                }
                assertThat(option.path("secret").asBoolean()).as(where)
                        .isEqualTo("password".equals(property.get("format")));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }

    /** Each {@code uri: lalal:...} step's parameters, by name, in template order. */
    private static Map<String, String> lalalParameters(Object node) {
        Map<String, String> found = new LinkedHashMap<>();
        collectLalal(node, found);
        return found;
    }

    @SuppressWarnings("unchecked")
    private static void collectLalal(Object node, Map<String, String> found) {
        if (node instanceof Map<?, ?> m) {
            Object uri = m.get("uri");
            if (uri instanceof String s && s.startsWith("lalal:")) {
                ((Map<String, Object>) m.get("parameters")).forEach((k, v) -> found.put(k, String.valueOf(v)));
            }
            m.values().forEach(v -> collectLalal(v, found));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectLalal(v, found));
        }
    }

    private static void placeholders(Object node, Set<String> used) {
        if (node instanceof String s) {
            Matcher m = PLACEHOLDER.matcher(s);
            while (m.find()) {
                used.add(m.group(1));
            }
        } else if (node instanceof Map<?, ?> m) {
            m.values().forEach(v -> placeholders(v, used));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> placeholders(v, used));
        }
    }

    private static String kameletType(String javaType) {
        return switch (javaType) {
            case "boolean", "java.lang.Boolean" -> "boolean";
            case "int", "long", "java.lang.Integer", "java.lang.Long" -> "integer";
            case "double", "java.lang.Double" -> "number";
            default -> "string"; // text, fixed values, and bean references written as #bean:name
        };
    }

    static Map<String, Map<String, Object>> kamelets() throws Exception {
        URL dir = KameletCatalogTest.class.getClassLoader().getResource("kamelets");
        assertThat(dir).as("kamelets/ on the classpath").isNotNull();
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                assertThat(name).endsWith(".kamelet.yaml");
                String text = Files.readString(file);
                assertThat(text).as("%s: Maven filled in the version", name).doesNotContain("${project.");
                @SuppressWarnings("unchecked")
                Map<String, Object> yaml = (Map<String, Object>) new Load(LoadSettings.builder().build())
                        .loadFromString(text);
                all.put(name.substring(0, name.length() - ".kamelet.yaml".length()), yaml);
            }
        }
        return all;
    }

    private static JsonNode json() throws Exception {
        try (InputStream in = KameletCatalogTest.class.getClassLoader().getResourceAsStream(JSON)) {
            assertThat(in).as(JSON).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(List.class);
        return (List<Object>) value;
    }

    private static List<String> strings(List<Object> values) {
        return values.stream().map(String::valueOf).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
