package io.github.camellalal.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link SpringBootStemsScenario} on an emulator serving plain http, as the README's emulator run does: the base URL
 * is all the application needs.
 */
class SpringBootStemsIT extends SpringBootStemsScenario {

    private static final Path DIR = Path.of("target", "spring-boot-it");

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = emulator(false);

    @DynamicPropertySource
    static void emulatorAndFolders(DynamicPropertyRegistry registry) throws IOException {
        emulatorAndFolders(registry, EMULATOR, DIR);
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
        assertThat(emulator.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(emulator.requestLog().all()).isNotEmpty().noneMatch(r -> r.secure());
    }
}
