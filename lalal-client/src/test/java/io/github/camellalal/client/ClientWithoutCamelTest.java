package io.github.camellalal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's claim that the client has no Camel: nothing of Camel is on this module's test class path (which holds
 * its compile and runtime dependencies), and no class of the module refers to Camel. The enforcer's
 * bannedDependencies rule in the module's pom fails the build before that, when a dependency brings Camel.
 */
class ClientWithoutCamelTest {

    @Test
    void camelIsNotOnTheClassPath() {
        for (String camelClass : List.of("org.apache.camel.CamelContext",
                "org.apache.camel.component.http.HttpClientConfigurer")) {
            assertThatThrownBy(() -> Class.forName(camelClass)).as(camelClass)
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void noClassOfTheModuleRefersToCamel() throws Exception {
        Path classes = Path.of(LalalClient.class.getResource("LalalClient.class").toURI()).getParent();
        List<Path> all;
        try (Stream<Path> files = Files.walk(classes)) {
            all = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(all).hasSizeGreaterThan(40);
        for (Path c : all) {
            String constants = new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1);
            assertThat(constants).as("%s refers to Camel", classes.relativize(c)).doesNotContain("org/apache/camel");
        }
    }

    @Test
    void noSourceOfTheModuleImportsCamel() throws Exception {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(40);
        for (Path source : sources) {
            assertThat(Files.readString(source)).as("%s", source).doesNotContain("import org.apache.camel");
        }
    }
}
