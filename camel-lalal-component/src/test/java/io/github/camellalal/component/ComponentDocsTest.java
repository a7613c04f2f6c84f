package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The component page's option and header tables are rendered from the JSON that camel-component-maven-plugin
 * generates, so the page cannot drift from the code. Run with {@code -Dlalal.updateDocs=true} to rewrite them.
 */
class ComponentDocsTest {

    private static final Path PAGE = Path.of("..", "docs", "lalal-component.md");
    private static final String JSON = "META-INF/io/github/camellalal/component/lalal.json";

    @Test
    void everyOptionAndHeaderHasADescription() throws Exception {
        JsonNode json = json();
        for (String section : new String[] { "componentProperties", "properties", "headers" }) {
            Iterator<Map.Entry<String, JsonNode>> it = json.get(section).fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String description = e.getValue().path("description").asText();
                // Javadoc tags the plugin does not render ({@code x} becomes {code x}) stay out of option docs
                assertThat(description).as("%s %s", section, e.getKey()).isNotBlank().doesNotContain("{code")
                        .doesNotContain("{@").doesNotContain("{link");
            }
        }
        assertThat(json.get("properties").get("apiKey").get("secret").asBoolean()).isTrue();
        // what a newcomer missed in the tables: every value of track described, the wildcard of extraExtensions
        String track = json.get("properties").get("track").get("description").asText();
        json.get("properties").get("track").get("enum").forEach(v -> assertThat(track).contains(v.asText()));
        assertThat(json.get("properties").get("extraExtensions").get("description").asText()).contains("an asterisk");
        assertThat(json.get("headers").size()).isGreaterThanOrEqualTo(14);
    }

    @Test
    void componentPageTablesMatchTheGeneratedJson() throws Exception {
        JsonNode json = json();
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        String updated = replace(page, "component-options", table(json.get("componentProperties"), true));
        updated = replace(updated, "endpoint-options", table(json.get("properties"), true));
        updated = replace(updated, "headers", table(json.get("headers"), false));
        if (Boolean.getBoolean("lalal.updateDocs")) {
            Files.writeString(PAGE, updated, StandardCharsets.UTF_8);
        }
        assertThat(page).as("docs/lalal-component.md is out of date: run "
                + "mvn -pl camel-lalal-component test -Dtest=ComponentDocsTest -Dlalal.updateDocs=true")
                .isEqualTo(updated);
    }

    private static JsonNode json() throws Exception {
        try (InputStream in = ComponentDocsTest.class.getClassLoader().getResourceAsStream(JSON)) {
            assertThat(in).as(JSON + " on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static String table(JsonNode entries, boolean options) {
        StringBuilder sb = new StringBuilder();
        sb.append(options ? "| Name | Group | Default | Type | Description |\n|---|---|---|---|---|\n"
                : "| Name | Type | Description |\n|---|---|---|\n");
        Iterator<Map.Entry<String, JsonNode>> it = entries.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode o = e.getValue();
            String description = o.path("description").asText().replace("|", "\\|").replace("\n", " ");
            if (o.has("enum")) {
                StringBuilder values = new StringBuilder();
                o.get("enum").forEach(v -> values.append(values.length() == 0 ? "" : ", ").append(v.asText()));
                description += " Values: " + values + ".";
            }
            if (options) {
                sb.append("| `").append(e.getKey()).append("` | ").append(o.path("group").asText()).append(" | ")
                        .append(o.has("defaultValue") ? "`" + o.get("defaultValue").asText() + "`" : "")
                        .append(" | ").append(o.path("type").asText()).append(" | ").append(description).append(" |\n");
            } else {
                sb.append("| `").append(e.getKey()).append("` | `").append(o.path("javaType").asText())
                        .append("` | ").append(description).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static String replace(String page, String marker, String content) {
        String start = "<!-- " + marker + ":start -->\n";
        String end = "<!-- " + marker + ":end -->";
        int a = page.indexOf(start);
        int b = page.indexOf(end);
        assertThat(a).as("marker %s in the page", marker).isNotNegative();
        assertThat(b).as("end marker %s in the page", marker).isGreaterThan(a);
        return page.substring(0, a + start.length()) + content + page.substring(b);
    }
}
