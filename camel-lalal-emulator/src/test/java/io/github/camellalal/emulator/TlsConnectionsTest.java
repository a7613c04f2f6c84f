package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Connection accounting of the https listeners: what reached them, and that no cleartext became a request. */
class TlsConnectionsTest {

    private static final String KEY = "count-key";

    private static LalalEmulator start() {
        return LalalEmulator.builder().tls(true).license(EmulatorLicense.paid(KEY)).build().start();
    }

    @Test
    void plainHttpSentToTheHttpsPortIsAFailedHandshakeAndNeverARequest() throws Exception {
        try (LalalEmulator emu = start()) {
            byte[] request = RawHttp.curl("GET", "/billing/get-limits/?key=" + KEY, emu.port(), "", new byte[0]);
            String answer = sendAndReadUntilClosed(emu.port(), request);

            await().atMost(Duration.ofSeconds(5)).until(() -> emu.tlsConnections().handshakesFailed() == 1);
            assertThat(emu.tlsConnections()).isEqualTo(new TlsConnections(1, 0, 1));
            assertThat(answer).as("no http answer comes back").doesNotContain("HTTP/1.1").doesNotContain("Plus");
            assertThat(emu.requestLog().all()).isEmpty();
        }
    }

    @Test
    void everyHttpsConnectionCountsOneCompletedHandshake() throws Exception {
        try (LalalEmulator emu = start()) {
            RawApi api = new RawApi(emu.baseUrl(), HttpsEmulatorTest.trusting(emu));
            api.get("/billing/get-limits/?key=" + KEY, null);
            api.get("/billing/get-limits/?key=" + KEY, null); // the same kept-alive connection

            assertThat(emu.tlsConnections()).isEqualTo(new TlsConnections(1, 1, 0));
            assertThat(emu.tlsConnections().inHandshake()).isZero();

            new RawApi(emu.baseUrl(), HttpsEmulatorTest.trusting(emu)).get("/billing/get-limits/?key=" + KEY, null);
            assertThat(emu.tlsConnections()).isEqualTo(new TlsConnections(2, 2, 0));
        }
    }

    @Test
    void aConnectionClosedBeforeItsHandshakeCountsAsFailed() throws Exception {
        try (LalalEmulator emu = start()) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), emu.port())) {
                s.getOutputStream().write(new byte[] { 0x16, 0x03, 0x01 }); // the start of a record, then nothing
            }

            await().atMost(Duration.ofSeconds(5)).until(() -> emu.tlsConnections().handshakesFailed() == 1);
            assertThat(emu.tlsConnections()).isEqualTo(new TlsConnections(1, 0, 1));
        }
    }

    /** Writes the bytes and reads whatever comes back until the server closes the connection. */
    private static String sendAndReadUntilClosed(int port, byte[] bytes) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(bytes);
            InputStream in = socket.getInputStream();
            try {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (IOException reset) {
                return "";
            }
        }
    }
}
