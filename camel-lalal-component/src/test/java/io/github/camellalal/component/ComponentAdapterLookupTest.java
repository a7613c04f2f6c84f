package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The component names no client adapter: it takes the adapter of option apiVersion from the client's registered
 * {@code LalalClientFactory} services (read from the compiled classes' constant pools).
 */
class ComponentAdapterLookupTest {

    @Test
    void noClassOfTheComponentRefersToAnAdapter() throws Exception {
        Path classes = Path.of(LalalComponent.class.getResource("LalalComponent.class").toURI()).getParent();
        List<Path> all;
        try (Stream<Path> files = Files.walk(classes)) {
            all = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(all).hasSizeGreaterThan(20);
        for (Path c : all) {
            String constants = new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1);
            assertThat(constants).as("%s refers to an adapter", classes.relativize(c))
                    .doesNotContain("io/github/camellalal/client/v0/", "io/github/camellalal/client/v1/");
        }
    }
}
