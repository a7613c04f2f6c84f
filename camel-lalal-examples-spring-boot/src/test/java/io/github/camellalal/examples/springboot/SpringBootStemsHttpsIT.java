package io.github.camellalal.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.emulator.EmulatorTls;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link SpringBootStemsScenario} over https, the only scheme of the real service, on an emulator whose certificate
 * is self-signed: the application trusts it through the properties of the README's "Over https" block, read from the
 * README itself (Camel's global {@code camel.ssl.*} truststore, used by the lalal component with
 * {@code use-global-ssl-context-parameters}), the truststore's path and password given as a user would, in the
 * environment. Upload, split, check and both downloads must have come over TLS.
 */
class SpringBootStemsHttpsIT extends SpringBootStemsScenario {

    private static final Path DIR = Path.of("target", "spring-boot-https-it");

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = emulator(true);

    @DynamicPropertySource
    static void emulatorFoldersAndTrust(DynamicPropertyRegistry registry) throws IOException {
        emulatorAndFolders(registry, EMULATOR, DIR);
        registry.add("LALAL_TRUST_STORE", () -> EMULATOR.tls().trustStore().toAbsolutePath().toString());
        registry.add("LALAL_TRUST_STORE_PASSWORD", () -> EmulatorTls.TRUST_STORE_PASSWORD);
        ReadmeProperties.block(Path.of("README.md"), "https-properties")
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    @Override
    LalalEmulatorExtension emulator() {
        return EMULATOR;
    }

    @Override
    Path dir() {
        return DIR;
    }

    @Override
    void assertTransport(LalalEmulatorExtension emulator) {
        assertThat(emulator.baseUrl()).startsWith("https://127.0.0.1:");
        assertThat(emulator.requestLog().all()).isNotEmpty().allMatch(r -> r.secure(), "came over TLS");
        assertThat(emulator.emulator().tlsConnections().handshakesFailed()).as("failed TLS handshakes").isZero();
    }
}
