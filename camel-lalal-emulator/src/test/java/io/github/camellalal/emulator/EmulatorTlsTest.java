package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trust material an https emulator hands out, and https with a user's own keystore. */
class EmulatorTlsTest {

    private static final String LIMITS = "/billing/get-limits/?key=tls-key";

    @TempDir
    Path dir;

    private static LalalEmulator.Builder builder() {
        return LalalEmulator.builder().license(EmulatorLicense.paid("tls-key"));
    }

    @Test
    void theTrustStoreIsAPkcs12FileHoldingOnlyTheCertificate() throws Exception {
        try (LalalEmulator emu = builder().tls(true).build().start()) {
            EmulatorTls tls = emu.tls();
            KeyStore store = KeyStore.getInstance(tls.trustStoreType());
            try (InputStream in = Files.newInputStream(tls.trustStore())) {
                store.load(in, tls.trustStorePassword().toCharArray());
            }

            assertThat(tls.trustStorePassword()).isEqualTo("emulator").isEqualTo(EmulatorTls.TRUST_STORE_PASSWORD);
            assertThat(tls.trustStoreType()).isEqualTo("PKCS12");
            assertThat(Collections.list(store.aliases())).singleElement().satisfies(alias -> {
                assertThat(store.isCertificateEntry(alias)).isTrue();
                assertThat(store.getCertificate(alias)).isEqualTo(tls.certificate());
            });
            // What Camel's SSLContextParameters does with it: a trust manager over the loaded store.
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            assertThat(get(HttpClient.newBuilder().sslContext(context).build(), emu.baseUrl() + LIMITS).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void theTrustMaterialLivesInTheEmulatorsStorageWhileItRuns() throws Exception {
        Path truststore;
        try (LalalEmulator emu = builder().tls(true).storageDir(dir).build().start()) {
            truststore = emu.tls().trustStore();
            assertThat(truststore).startsWith(dir).exists();
            assertThat(emu.tls().certificatePem()).startsWith(dir).exists();
        }
        try (LalalEmulator emu = builder().tls(true).build().start()) {
            truststore = emu.tls().trustStore();
        }
        assertThat(truststore).as("temporary storage is deleted on stop").doesNotExist();
    }

    @Test
    void thePemFileIsTheCertificateAndCurlTrustsItWithCacert() throws Exception {
        try (LalalEmulator emu = builder().tls(true).build().start()) {
            Path pem = emu.tls().certificatePem();
            assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----\n")
                    .endsWith("\n-----END CERTIFICATE-----\n");
            try (InputStream in = Files.newInputStream(pem)) {
                assertThat(CertificateFactory.getInstance("X.509").generateCertificate(in))
                        .isEqualTo(emu.tls().certificate());
            }

            assumeTrue(curlAvailable(), "curl is not installed");
            assertThat(curl(pem, "https://127.0.0.1:" + emu.port() + LIMITS)).contains("\"option\":\"Plus\"");
            assertThat(curl(pem, "https://localhost:" + emu.port() + LIMITS)).contains("\"option\":\"Plus\"");
            assertThat(curl(pem, "https://127.0.0.1:" + emu.port() + LIMITS, "--tls-max", "1.2"))
                    .contains("\"option\":\"Plus\"");
            assertThat(emu.requestLog().all()).extracting(RecordedRequest::tlsProtocol)
                    .containsExactly("TLSv1.3", "TLSv1.3", "TLSv1.2");
            assertThat(emu.tlsConnections()).as("TLS 1.2 handshakes are counted too")
                    .isEqualTo(new TlsConnections(3, 3, 0));
        }
    }

    @Test
    void aUsersPkcs12OrJksKeystoreIsServedWithItsFirstKeyEntry() throws Exception {
        Instant now = Instant.now();
        SelfSignedCertificate own = SelfSignedCertificate.generate("own.test", List.of("own.test"),
                List.of(InetAddress.getLoopbackAddress()), now.minusSeconds(60), now.plusSeconds(3600));
        for (String type : List.of("PKCS12", "JKS")) {
            Path file = keyStore(type, own, "store-pw");
            try (LalalEmulator emu = builder().tls(file, "store-pw".toCharArray()).build().start()) {
                assertThat(emu.tls().certificate()).isEqualTo(own.certificate());
                assertThat(emu.baseUrl()).startsWith("https://");
                assertThat(get(HttpClient.newBuilder().sslContext(emu.tls().sslContext()).build(),
                        emu.baseUrl() + LIMITS).statusCode()).as(type).isEqualTo(200);
            }
        }
    }

    @Test
    void aCertificateWithoutTheLoopbackNamesFailsHostNameVerification() throws Exception {
        SelfSignedCertificate other = SelfSignedCertificate.generate("other.test", List.of("other.test"), List.of(),
                Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));
        Path file = keyStore("PKCS12", other, "pw");
        try (LalalEmulator emu = builder().tls(file, "pw".toCharArray()).build().start()) {
            HttpClient trusting = HttpClient.newBuilder().sslContext(emu.tls().sslContext()).build();

            assertThatThrownBy(() -> get(trusting, emu.baseUrl() + LIMITS))
                    .isInstanceOf(SSLHandshakeException.class)
                    .hasMessageContaining("No subject alternative names matching IP address 127.0.0.1");
            assertThat(emu.requestLog().all()).isEmpty();
        }
    }

    @Test
    void anUnreadableKeystoreIsNamedWithoutItsPassword() throws Exception {
        Path file = keyStore("PKCS12", SelfSignedCertificate.forLoopback(Instant.now()), "right-password");
        Path certificatesOnly = dir.resolve("certs.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("c", SelfSignedCertificate.forLoopback(Instant.now()).certificate());
        try (OutputStream out = Files.newOutputStream(certificatesOnly)) {
            store.store(out, "pw".toCharArray());
        }

        assertThatThrownBy(() -> LalalEmulator.builder().tls(file, "wrong-password".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Cannot read the keystore " + file)
                .hasMessageNotContaining("wrong-password");
        assertThatThrownBy(() -> LalalEmulator.builder().tls(dir.resolve("missing.p12"), "pw".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.p12");
        assertThatThrownBy(() -> LalalEmulator.builder().tls(certificatesOnly, "pw".toCharArray()))
                .hasMessage("The keystore " + certificatesOnly + " has no private key entry with an X.509 certificate");
    }

    private Path keyStore(String type, SelfSignedCertificate identity, String password) throws Exception {
        KeyStore store = KeyStore.getInstance(type);
        store.load(null, null);
        store.setCertificateEntry("a-ca-first", SelfSignedCertificate.forLoopback(Instant.now()).certificate());
        store.setKeyEntry("server", identity.privateKey(), password.toCharArray(),
                new X509Certificate[] { identity.certificate() });
        Path file = dir.resolve("server-" + type + ".ks");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Runs curl, which must succeed; returns what it printed. */
    private static String curl(Path caCert, String url, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--fail", "--cacert", caCert.toString(), url));
        command.addAll(List.of(options));
        Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(curl.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(curl.exitValue()).as(out).isZero();
        return out;
    }

    private static boolean curlAvailable() {
        try {
            return new ProcessBuilder("curl", "--version").redirectErrorStream(true).start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
