package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit extension per test (instance field) with parameter injection, and the standalone arguments. */
class ExtensionAndMainTest {

    @RegisterExtension
    final LalalEmulatorExtension perTest = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid("param-key")).build();

    @Test
    void aTestMethodCanTakeTheEmulator(LalalEmulator emulator) throws Exception {
        assertThat(emulator).isSameAs(perTest.emulator());
        assertThat(emulator.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(new RawApi(emulator.baseUrl()).get("/billing/get-limits/?key=param-key", null)
                .get("option").asText()).isEqualTo("Plus");
        assertThat(perTest.requestLog().count(Endpoint.LIMITS)).isEqualTo(1);
    }

    @Test
    void argumentsAreParsedAndBadOnesNamed() {
        LalalEmulator.Builder b = EmulatorMain.parse(new String[] { "--port", "0", "--license", "k1:starter:12",
            "--task-duration", "250ms", "--separate-download-host" });
        try (LalalEmulator e = b.build().start()) {
            assertThat(e.license("k1")).get().satisfies(u -> {
                assertThat(u.license().plan()).isEqualTo(EmulatorLicense.PlanType.STARTER);
                assertThat(u.license().limitMinutes()).isEqualTo(12.0);
            });
            assertThat(e.downloadBaseUrl()).isNotEqualTo(e.baseUrl());
        }
        assertThat(EmulatorMain.duration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--port", "http" }))
                .hasMessage("--port: 'http' is not a port; allowed: 0..65535");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--license", "k:gold" }))
                .hasMessage("--license: plan 'gold' is unknown; allowed: paid, starter, free");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--verbose" }))
                .hasMessageContaining("Unknown argument '--verbose'");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--task-duration", "soon" }))
                .hasMessageContaining("'soon' is not a duration");
    }

    @Test
    void licenseKeysAreMaskedInToString() {
        assertThat(EmulatorLicense.paid("secret-license").toString()).contains("secr****")
                .doesNotContain("secret-license");
    }
}
