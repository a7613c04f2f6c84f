package io.github.camellalal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's claim that package {@code client} is API-neutral: none of its classes refers to the v0 adapter
 * (read from the compiled classes' constant pools), and a client is found through the registered factory.
 */
class ClientPackageDependencyTest {

    private static final String V0 = "io/github/camellalal/client/v0/";

    @Test
    void noClassOfTheClientPackageRefersToTheV0Adapter() throws Exception {
        URL here = LalalClient.class.getResource("LalalClient.class");
        Path dir = Path.of(here.toURI()).getParent();
        List<Path> classes;
        try (Stream<Path> files = Files.list(dir)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).toList();
        }

        assertThat(classes).hasSizeGreaterThan(10);
        for (Path c : classes) {
            String constants = new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1);
            assertThat(constants).as("%s refers to the v0 adapter", c.getFileName()).doesNotContain(V0);
        }
    }

    @Test
    void theV0AdapterIsFoundThroughItsFactory() {
        try (LalalClient client = LalalClient.create(LalalClientConfig.builder().build())) {
            assertThat(client.getClass().getName()).startsWith(V0.replace('/', '.'));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LalalClient.create("v9",
                LalalClientConfig.builder().build())).hasMessageContaining("'v9'").hasMessageContaining("[v0, v1]");
    }
}
