package io.github.camellalal.examples.quarkus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties of a block of a Markdown page marked {@code <!-- NAME:start -->} ... {@code <!-- NAME:end -->}, so a
 * test configures the application with exactly what the page tells users to set.
 */
final class DocProperties {

    private DocProperties() {
    }

    /** The {@code name=value} lines of the marked block (comments and fence lines left out), in order. */
    static Map<String, String> block(Path page, String name) throws IOException {
        List<String> lines = Files.readAllLines(page);
        int start = lines.indexOf("<!-- " + name + ":start -->");
        int end = lines.indexOf("<!-- " + name + ":end -->");
        if (start < 0 || end < start) {
            throw new IllegalStateException("no block <!-- " + name + ":start --> ... :end --> in " + page);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, end)) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("```")) {
                continue;
            }
            int eq = t.indexOf('=');
            if (eq < 1) {
                throw new IllegalStateException("not a name=value line in block " + name + " of " + page + ": " + t);
            }
            properties.put(t.substring(0, eq).trim(), t.substring(eq + 1).trim());
        }
        if (properties.isEmpty()) {
            throw new IllegalStateException("no properties in block " + name + " of " + page);
        }
        return properties;
    }
}
