package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One certificate for the emulator and a test's own https server: a client trusting it reaches both. */
class LoopbackTlsTest {

    @TempDir
    Path dir;

    @Test
    void theEmulatorAndATestsOwnServerPresentTheSharedCertificate() throws Exception {
        LoopbackTls shared = LoopbackTls.generate(dir);
        HttpsServer cdn = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        cdn.setHttpsConfigurator(new HttpsConfigurator(shared.serverSslContext()));
        cdn.createContext("/", x -> {
            byte[] body = "track".getBytes(StandardCharsets.US_ASCII);
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        cdn.start();
        try (LalalEmulator emulator = LalalEmulator.builder().tls(shared).license(EmulatorLicense.paid("k"))
                .build().start()) {
            HttpClient client = HttpClient.newBuilder().sslContext(shared.trust().sslContext()).build();

            HttpResponse<String> fromCdn = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:"
                    + cdn.getAddress().getPort() + "/t.wav")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> fromEmulator = client.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                    + "/billing/get-limits/?key=k")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(fromCdn.body()).isEqualTo("track");
            assertThat(fromEmulator.statusCode()).isEqualTo(200);
            assertThat(emulator.tls().certificate()).isEqualTo(shared.trust().certificate());
            assertThat(shared.toString()).doesNotContain("PRIVATE");
        } finally {
            cdn.stop(0);
        }
    }
}
