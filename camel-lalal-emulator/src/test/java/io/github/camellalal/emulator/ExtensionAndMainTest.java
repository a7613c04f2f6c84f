package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

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
    void everySwitchIsAFlagOfMainAndAnOptionOfTheExtension() {
        ServiceQuirks all = new ServiceQuirks(true, ArchiveEntry.OBJECT, true, DownloadNaming.HOSTILE, true, true,
                true);
        String[] flags = { "upload-size-expiry", "archive-object", "unknown-fields", "hostile-names", "redirects",
            "preview-with-split", "track-details" };
        java.util.List<String> args = new java.util.ArrayList<>();
        for (String f : flags) {
            args.add("--quirk");
            args.add(f);
        }

        assertThat(EmulatorMain.parse(args.toArray(new String[0])).quirks()).isEqualTo(all);
        assertThat(LalalEmulatorExtension.builder().uploadSizeAndExpiry(true).archiveEntry(ArchiveEntry.OBJECT)
                .unknownFields(true).downloadNaming(DownloadNaming.HOSTILE).redirectMedia(true).previewWithSplit(true)
                .v1TrackDetails(true).quirks()).isEqualTo(all);
        assertThat(LalalEmulator.builder().quirks()).as("strict by default")
                .isEqualTo(new ServiceQuirks(false, ArchiveEntry.ABSENT, false, DownloadNaming.RFC6266, false, false,
                        false));
        assertThat(EmulatorMain.parse(new String[] { "--quirk", "archive-null", "--quirk", "plain-names" }).quirks())
                .extracting(ServiceQuirks::archive, ServiceQuirks::downloadNaming)
                .containsExactly(ArchiveEntry.NULL, DownloadNaming.PLAIN);
        assertThat(EmulatorMain.parse(new String[] { "--quirk", "no-names" }).quirks().downloadNaming())
                .isEqualTo(DownloadNaming.NONE);
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--quirk", "lenient" }))
                .hasMessageStartingWith("--quirk: 'lenient' is unknown; allowed: upload-size-expiry, archive-null");
    }

    @Test
    void theV1RateLimitAndQueueTimeAreFlagsOfMainAndOptionsOfTheExtension() {
        LalalEmulator.Builder b = EmulatorMain.parse(new String[] { "--check-rate-limit", "0", "--queue-time",
            "250ms" });
        assertThat(b.checkRateLimit()).isZero();
        assertThat(b.taskQueueTime()).isEqualTo(Duration.ofMillis(250));
        assertThat(EmulatorMain.parse(new String[0]).checkRateLimit()).as("default").isEqualTo(30);
        assertThat(LalalEmulatorExtension.builder().checkRateLimit(12).taskQueueTime(Duration.ZERO).settings())
                .extracting(LalalEmulator.Builder::checkRateLimit, LalalEmulator.Builder::taskQueueTime)
                .containsExactly(12, Duration.ZERO);
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--check-rate-limit", "-1" }))
                .hasMessage("--check-rate-limit: '-1' is not a count; allowed: 0 (off) or more");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--queue-time", "later" }))
                .hasMessageStartingWith("--queue-time: 'later' is not a duration");
        assertThatThrownBy(() -> LalalEmulator.builder().checkRateLimit(-5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tlsServesHttpsAndPrintsWhereTheCertificateAndTruststoreAre() throws Exception {
        try (LalalEmulator e = EmulatorMain.parse(new String[] { "--tls", "--separate-download-host" }).build()
                .start()) {
            assertThat(e.baseUrl()).startsWith("https://127.0.0.1:");
            assertThat(EmulatorMain.banner(e)).isEqualTo("LALAL.AI emulator: " + e.baseUrl() + "\n"
                    + "Track downloads:   " + e.downloadBaseUrl() + "\n"
                    + "Certificate (PEM, for curl --cacert): " + e.tls().certificatePem() + "\n"
                    + "Truststore (PKCS12, password emulator): " + e.tls().trustStore() + "\n");
            assertThat(e.downloadBaseUrl()).startsWith("https://127.0.0.1:");
        }
        try (LalalEmulator plain = EmulatorMain.parse(new String[0]).build().start()) {
            assertThat(EmulatorMain.banner(plain)).isEqualTo("LALAL.AI emulator: " + plain.baseUrl() + "\n"
                    + "Track downloads:   " + plain.baseUrl() + "\n");
        }
        assertThat(EmulatorMain.USAGE).contains("--tls ").contains("--tls-keystore PATH").contains("--tls-password PW");
    }

    @Test
    void tlsKeystoreAndPasswordGoTogetherAndABadKeystoreIsNamed(@TempDir Path dir) throws Exception {
        SelfSignedCertificate own = SelfSignedCertificate.forLoopback(Instant.now());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("own", own.privateKey(), "pw".toCharArray(), new X509Certificate[] { own.certificate() });
        Path file = dir.resolve("own.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "pw".toCharArray());
        }

        try (LalalEmulator e = EmulatorMain.parse(new String[] { "--tls-keystore", file.toString(), "--tls-password",
            "pw" }).build().start()) {
            assertThat(e.baseUrl()).startsWith("https://");
            assertThat(e.tls().certificate()).isEqualTo(own.certificate());
        }
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--tls-password", "pw" }))
                .hasMessage("--tls-password needs --tls-keystore");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--tls-keystore", file.toString() }))
                .hasMessage("--tls-keystore needs --tls-password");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--tls-keystore", file.toString(),
            "--tls-password", "wrong" })).hasMessageStartingWith("--tls-keystore: Cannot read the keystore " + file);
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--tls-keystore" }))
                .hasMessage("--tls-keystore needs a value");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--https" }))
                .hasMessageContaining("--tls, --tls-keystore, --tls-password, --help");
    }

    @Test
    void licenseKeysAreMaskedInToString() {
        assertThat(EmulatorLicense.paid("secret-license").toString()).contains("secr****")
                .doesNotContain("secret-license");
    }
}
