package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.HttpsURLConnection;
import org.junit.jupiter.api.Test;

/** The wire monitor in front of the emulator: TLS passes as records only, cleartext is caught and quoted. */
class TlsWireMonitorTest {

    private static final String KEY = "wire-license-key";
    private static final String MARKER = "MARKER-7c1e-cleartext";

    private static LalalEmulator start(boolean tls) {
        return LalalEmulator.builder().tls(tls).license(EmulatorLicense.paid(KEY)).build().start();
    }

    private static byte[] bodyWithMarker(int size) {
        byte[] body = new byte[size];
        byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(marker, 0, body, size / 2, marker.length);
        return body;
    }

    @Test
    void anHttpsPostThroughTheMonitorIsTlsRecordsOnlyAndHidesTheMarkerAndTheKey() throws Exception {
        try (LalalEmulator emu = start(true);
             TlsWireMonitor wire = TlsWireMonitor.relayTo(emu.port()).watchFor(MARKER).watchFor(KEY).start()) {
            byte[] body = bodyWithMarker(300_000);
            HttpsURLConnection c = (HttpsURLConnection) new URL("https://127.0.0.1:" + wire.port() + "/api/upload/")
                    .openConnection();
            c.setSSLSocketFactory(emu.tls().sslContext().getSocketFactory());
            c.setDoOutput(true);
            c.setRequestProperty("Authorization", "license " + KEY);
            c.setRequestProperty("Content-Disposition", "attachment; filename=wire.mp3");
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
            assertThat(new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("success");
            c.disconnect();

            TlsWireMonitor.Report report = wire.report();
            assertThat(report.onlyTls()).as(String.valueOf(report)).isTrue();
            assertThat(report.markersSeen()).isEmpty();
            assertThat(report.connections()).isEqualTo(1);
            assertThat(report.clientToServer().bytes()).isGreaterThan(body.length);
            assertThat(report.clientToServer().records()).isGreaterThanOrEqualTo(body.length / (1 << 14));
            assertThat(report.serverToClient().records()).isPositive();
            assertThat(report.clientToServer().firstProblem()).isNull();
            assertThat(emu.requestLog().of(Endpoint.UPLOAD)).singleElement()
                    .satisfies(r -> assertThat(r.bodyBytes()).isEqualTo(body.length));
        }
    }

    @Test
    void aPlaintextPostThroughTheMonitorIsFlaggedAndTheMarkerFound() throws Exception {
        try (LalalEmulator emu = start(false);
             TlsWireMonitor wire = TlsWireMonitor.relayTo(emu.port()).watchFor(MARKER).watchFor(KEY).start()) {
            RawApi api = new RawApi("http://127.0.0.1:" + wire.port());
            api.uploadId(KEY, "clear.mp3", bodyWithMarker(200_000));

            TlsWireMonitor.Report report = wire.report();
            assertThat(report.onlyTls()).isFalse();
            assertThat(report.markersSeen()).containsExactly(MARKER, KEY);
            assertThat(report.clientToServer().notTlsBytes()).isEqualTo(report.clientToServer().bytes());
            assertThat(report.clientToServer().records()).isZero();
            assertThat(report.clientToServer().firstProblem()).startsWith("client to server, at byte 0: 0x50 is not a "
                    + "TLS content type (20..23); the data there: \"POST /api/upload/ HTTP/1.1");
            assertThat(report.serverToClient().notTlsBytes()).isPositive();
            assertThat(report.serverToClient().firstProblem()).contains("\"HTTP/1.1 200 OK");
        }
    }

    @Test
    void fiftyMebibytesPassThroughOverHttpsAndArriveWhole() throws Exception {
        long size = 50L << 20;
        try (LalalEmulator emu = start(true);
             TlsWireMonitor wire = TlsWireMonitor.relayTo(emu.port()).watchFor(MARKER).start()) {
            RawApi api = new RawApi("https://127.0.0.1:" + wire.port(), HttpsEmulatorTest.trusting(emu));
            HttpRequest upload = api.post("/api/upload/").header("Authorization", "license " + KEY)
                    .header("Content-Disposition", "attachment; filename=big.mp3")
                    .POST(HttpRequest.BodyPublishers.fromPublisher(
                            HttpRequest.BodyPublishers.ofInputStream(() -> new MarkedStream(size)), size))
                    .build();

            HttpResponse<byte[]> answer = api.send(upload);

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(emu.requestLog().of(Endpoint.UPLOAD)).singleElement()
                    .satisfies(r -> assertThat(r.bodyBytes()).isEqualTo(size));
            TlsWireMonitor.Report report = wire.report();
            assertThat(report.clientToServer().bytes()).isGreaterThan(size);
            assertThat(report.onlyTls()).isTrue();
            assertThat(report.markersSeen()).isEmpty();
        }
    }

    @Test
    void connectionsAreBoundedInNumberAndIdleTime() throws Exception {
        try (LalalEmulator emu = start(false);
             TlsWireMonitor wire = TlsWireMonitor.relayTo(emu.port()).maxConnections(1)
                     .idleTimeout(Duration.ofMillis(300)).start();
             Socket first = new Socket(InetAddress.getLoopbackAddress(), wire.port())) {
            await().atMost(Duration.ofSeconds(5)).until(() -> wire.report().connections() == 1);
            try (Socket second = new Socket(InetAddress.getLoopbackAddress(), wire.port())) {
                second.setSoTimeout(5_000);
                assertThat(second.getInputStream().read()).as("closed at once").isEqualTo(-1);
            }
            assertThat(wire.report().refused()).isEqualTo(1);

            first.setSoTimeout(5_000);
            long started = System.nanoTime();
            assertThat(first.getInputStream().read()).as("closed when idle").isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void closingTheMonitorClosesItsConnections() throws Exception {
        try (LalalEmulator emu = start(false)) {
            TlsWireMonitor wire = TlsWireMonitor.relayTo(emu.port()).start();
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), wire.port())) {
                await().atMost(Duration.ofSeconds(5)).until(() -> wire.report().connections() == 1);
                client.setSoTimeout(5_000);

                wire.close();

                assertThat(client.getInputStream().read()).isEqualTo(-1);
            }
            assertThat(new RawApi(emu.baseUrl()).get("/billing/get-limits/?key=" + KEY, null).get("option").asText())
                    .as("the server behind is untouched").isEqualTo("Plus");
        }
    }

    /** {@code size} bytes made on the fly, the marker near the end: the test holds no 50 MiB array either. */
    private static final class MarkedStream extends InputStream {
        private final long size;
        private final byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
        private long position;

        MarkedStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            long markerAt = size - 1000;
            for (int i = 0; i < n; i++) {
                long p = position + i;
                b[off + i] = p >= markerAt && p < markerAt + marker.length ? marker[(int) (p - markerAt)] : (byte) p;
            }
            position += n;
            return n;
        }
    }
}
