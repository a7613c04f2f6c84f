package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Collections;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test's own TLS server with a generated loopback certificate, trusted through the emulator's trust material. */
class LoopbackTlsServerTest {

    @TempDir
    Path dir;

    @Test
    void aServerWithItsContextIsTrustedByItsTrustMaterialUnderHostnameVerification() throws Exception {
        LoopbackTls tls = LoopbackTls.generate(dir);

        try (SSLServerSocket server = (SSLServerSocket) tls.serverSslContext().getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread echo = new Thread(() -> {
                try (SSLSocket s = (SSLSocket) server.accept()) {
                    s.getOutputStream().write(s.getInputStream().read());
                } catch (Exception e) {
                    // the client's assertion tells
                }
            });
            echo.setDaemon(true);
            echo.start();
            try (SSLSocket client = (SSLSocket) tls.trust().sslContext().getSocketFactory()
                    .createSocket("127.0.0.1", server.getLocalPort())) {
                SSLParameters verify = client.getSSLParameters();
                verify.setEndpointIdentificationAlgorithm("HTTPS");
                client.setSSLParameters(verify);
                client.setSoTimeout(10_000);
                client.getOutputStream().write(42);

                assertThat(client.getInputStream().read()).isEqualTo(42);
                assertThat(client.getSession().getPeerCertificates()[0]).isEqualTo(tls.trust().certificate());
            }
        }
    }

    @Test
    void writesOnlyTheCertificateAndEachCallMakesANewKey() throws Exception {
        LoopbackTls tls = LoopbackTls.generate(dir);
        KeyStore store = KeyStore.getInstance(tls.trust().trustStoreType());
        try (InputStream in = Files.newInputStream(tls.trust().trustStore())) {
            store.load(in, tls.trust().trustStorePassword().toCharArray());
        }

        assertThat(tls.trust().trustStore()).startsWith(dir);
        assertThat(tls.trust().certificatePem()).startsWith(dir);
        assertThat(Collections.list(store.aliases())).singleElement()
                .satisfies(alias -> assertThat(store.isCertificateEntry(alias)).isTrue());
        assertThat(LoopbackTls.generate(dir.resolve("other")).trust().certificate())
                .isNotEqualTo(tls.trust().certificate());
    }

    @Test
    void aClientTrustingOnlyAnotherCertificateRefusesTheServer() throws Exception {
        LoopbackTls tls = LoopbackTls.generate(dir);
        LoopbackTls other = LoopbackTls.generate(dir.resolve("other"));

        try (SSLServerSocket server = (SSLServerSocket) tls.serverSslContext().getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread accept = new Thread(() -> {
                try (SSLSocket s = (SSLSocket) server.accept()) {
                    s.startHandshake();
                } catch (Exception e) {
                    // refused by the client, as the test expects
                }
            });
            accept.setDaemon(true);
            accept.start();
            try (SSLSocket client = (SSLSocket) other.trust().sslContext().getSocketFactory()
                    .createSocket("127.0.0.1", server.getLocalPort())) {
                client.setSoTimeout(10_000);
                assertThatThrownBy(client::startHandshake).isInstanceOf(SSLHandshakeException.class);
            }
        }
    }
}
