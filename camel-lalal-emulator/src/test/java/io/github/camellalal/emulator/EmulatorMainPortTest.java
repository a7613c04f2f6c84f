package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The standalone emulator takes any free port unless told one, so it never clashes with Spring Boot's 8080. */
class EmulatorMainPortTest {

    @Test
    void withoutPortItListensOnAFreeLoopbackPort() {
        try (LalalEmulator emulator = EmulatorMain.parse(new String[0]).build().start()) {
            URI url = URI.create(emulator.baseUrl());
            assertThat(url.getHost()).isEqualTo("127.0.0.1");
            assertThat(url.getPort()).isPositive().isNotEqualTo(8080);
        }
        assertThat(EmulatorMain.USAGE).contains("default 0: any free one").doesNotContain("8080");
    }
}
