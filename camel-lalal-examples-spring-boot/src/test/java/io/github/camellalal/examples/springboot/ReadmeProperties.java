package io.github.camellalal.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties of a block of the README marked {@code <!-- NAME:start -->} ... {@code <!-- NAME:end -->}, so a test
 * configures the application with exactly what the README tells users to set.
 */
final class ReadmeProperties {

    private ReadmeProperties() {
    }

    /** The {@code name=value} lines of the marked block (comments and fence lines left out), in order. */
    static Map<String, String> block(Path readme, String name) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        int start = lines.indexOf("<!-- " + name + ":start -->");
        int end = lines.indexOf("<!-- " + name + ":end -->");
        assertThat(start).as("<!-- %s:start --> in %s", name, readme).isNotNegative();
        assertThat(end).as("<!-- %s:end --> after its start in %s", name, readme).isGreaterThan(start);
        Map<String, String> properties = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, end)) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("```")) {
                continue;
            }
            int eq = t.indexOf('=');
            assertThat(eq).as("a name=value line in block %s: %s", name, t).isPositive();
            properties.put(t.substring(0, eq).trim(), t.substring(eq + 1).trim());
        }
        assertThat(properties).as("properties of block %s", name).isNotEmpty();
        return properties;
    }
}
