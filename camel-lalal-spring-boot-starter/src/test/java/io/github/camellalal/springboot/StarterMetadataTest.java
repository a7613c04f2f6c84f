package io.github.camellalal.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The starter's Spring Boot metadata covers every option of the component JSON, with its description, default
 * and enum values: fails when an option is missing or its documentation drifted.
 */
class StarterMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode componentOptions() throws IOException {
        try (InputStream in = StarterMetadataTest.class.getClassLoader()
                .getResourceAsStream("META-INF/io/github/camellalal/component/lalal.json")) {
            assertThat(in).as("the component JSON on the classpath").isNotNull();
            return JSON.readTree(in).get("componentProperties");
        }
    }

    /** The starter's own metadata file among those of every Spring Boot jar on the classpath. */
    private static JsonNode starterMetadata() throws IOException {
        List<JsonNode> ours = new ArrayList<>();
        for (URL url : Collections.list(StarterMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            JsonNode m = JSON.readTree(url);
            for (JsonNode g : m.path("groups")) {
                if (g.path("name").asText().equals("camel.component.lalal")) {
                    ours.add(m);
                }
            }
        }
        assertThat(ours).hasSize(1);
        return ours.get(0);
    }

    private static Map<String, JsonNode> byName(JsonNode array) {
        Map<String, JsonNode> map = new HashMap<>();
        array.forEach(n -> map.put(n.get("name").asText(), n));
        return map;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @Test
    void everyComponentOptionIsAPropertyWithItsDescriptionAndDefault() throws IOException {
        JsonNode options = componentOptions();
        Map<String, JsonNode> properties = byName(starterMetadata().get("properties"));
        List<String> missing = new ArrayList<>();
        int covered = 0;
        for (Map.Entry<String, JsonNode> e : options.properties()) {
            JsonNode p = properties.get("camel.component.lalal." + kebab(e.getKey()));
            if (p == null) {
                missing.add(e.getKey());
                continue;
            }
            JsonNode o = e.getValue();
            assertThat(p.path("description").asText()).as(e.getKey()).startsWith(o.path("description").asText())
                    .isNotBlank();
            if (o.has("defaultValue")) {
                assertThat(p.path("defaultValue").asText()).as("default of " + e.getKey())
                        .isEqualTo(o.get("defaultValue").asText());
            } else {
                assertThat(p.has("defaultValue")).as("no default for " + e.getKey()).isFalse();
            }
            covered++;
        }
        assertThat(missing).as("component options without a Spring Boot property").isEmpty();
        assertThat(covered).isEqualTo(options.size()).isGreaterThanOrEqualTo(36);
        assertThat(properties).containsKeys("camel.component.lalal.enabled",
                "camel.component.lalal.customizer.enabled");
        assertThat(properties.get("camel.component.lalal.enabled").path("description").asText())
                .contains("auto configuration of the lalal component");
    }

    @Test
    void enumOptionsListTheirValuesForTheIde() throws IOException {
        Map<String, JsonNode> hints = byName(starterMetadata().path("hints"));
        for (Map.Entry<String, JsonNode> e : componentOptions().properties()) {
            if (!e.getValue().has("enum")) {
                continue;
            }
            JsonNode hint = hints.get("camel.component.lalal." + kebab(e.getKey()));
            assertThat(hint).as("hint for " + e.getKey()).isNotNull();
            List<String> values = new ArrayList<>();
            hint.get("values").forEach(v -> values.add(v.get("value").asText()));
            List<String> expected = new ArrayList<>();
            e.getValue().get("enum").forEach(v -> expected.add(v.asText()));
            assertThat(values).isEqualTo(expected);
        }
        assertThat(hints).containsKeys("camel.component.lalal.stem", "camel.component.lalal.track");
    }
}
