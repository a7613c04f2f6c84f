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
 * The README's claims on the client's packages, read from the compiled classes' constant pools: package
 * {@code client} is API-neutral (none of its classes refers to an adapter or to the transport), the adapters
 * {@code client.v0} and {@code client.v1} do not refer to each other, and the transport {@code client.http} that both
 * use refers to neither; a client is found through the registered factory.
 */
class ClientPackageDependencyTest {

    private static final String V0 = "io/github/camellalal/client/v0/";
    private static final String V1 = "io/github/camellalal/client/v1/";
    private static final String HTTP = "io/github/camellalal/client/http/";

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
    void theApiNeutralPackageRefersToNoAdapterAndNotToTheTransport() throws Exception {
        assertNoClassOf("", V0, V1, HTTP);
    }

    @Test
    void theAdaptersDoNotReferToEachOther() throws Exception {
        assertNoClassOf("v0", V1);
        assertNoClassOf("v1", V0);
    }

    @Test
    void theTransportRefersToNoAdapter() throws Exception {
        assertNoClassOf("http", V0, V1);
    }

    /** No class of the client's sub-package {@code sub} ("" for {@code client} itself) names one of {@code others}. */
    private static void assertNoClassOf(String sub, String... others) throws Exception {
        Path dir = Path.of(LalalClient.class.getResource("LalalClient.class").toURI()).getParent().resolve(sub);
        List<Path> classes;
        try (Stream<Path> files = Files.list(dir)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(classes).as("classes of client.%s", sub).hasSizeGreaterThan(3);
        for (Path c : classes) {
            String constants = new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1);
            for (String other : others) {
                assertThat(constants).as("%s refers to %s", c.getFileName(), other).doesNotContain(other);
            }
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
