package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.client.ClientTestSupport;
import io.github.camellalal.client.DownloadResult;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalTransportException;
import io.github.camellalal.client.TrackDownload;
import io.github.camellalal.emulator.LoopbackTls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Downloads whose bytes go from the socket to a file channel (plain http, Content-Length, no content coding): the
 * bytes arrive intact however they are split between HttpClient's buffer and the socket, the connection is reused
 * afterwards, a stalled server still times out, a short body fails naming the lengths, and bodies that must be
 * decoded (gzip, chunked) take the stream path. Over https the same answers arrive intact through the stream path:
 * the channel beneath a TLS socket carries encrypted records and is never read. The server is a scripted HTTP/1.1
 * server on loopback, plain or TLS.
 */
class ChannelDownloadTest extends ClientTestSupport {

    private static final int SIZE = 3 * 1024 * 1024 + 17;
    private static final byte[] TRACK = new byte[SIZE];

    static {
        new Random(42).nextBytes(TRACK);
    }

    @TempDir
    static Path trustDir;
    private static LoopbackTls tls;

    @TempDir
    Path dir;

    private ScriptedServer server;

    @BeforeAll
    static void certificate() {
        tls = LoopbackTls.generate(trustDir);
    }

    /** A client of the scripted server, trusting its certificate over https. */
    private LalalClient client(boolean https, Duration responseTimeout) {
        return client(server.baseUrl(), KEY, 0, responseTimeout,
                https ? tls.trust().sslContext() : null);
    }

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void aLargeTrackArrivesIntactAndTheConnectionIsReused(boolean https) throws Exception {
        server = wholeTrackServer(https);
        LalalClient lalal = client(https, Duration.ofSeconds(10));

        for (int i = 0; i < 3; i++) {
            DownloadResult r = lalal.download(server.baseUrl() + "/media/song_vocals.wav", dir.resolve("t" + i));
            assertThat(r.bytes()).isEqualTo(SIZE);
            assertThat(Files.readAllBytes(dir.resolve("t" + i))).isEqualTo(TRACK);
        }
        assertThat(server.connections.get()).as("one keep-alive connection for the three downloads").isEqualTo(1);
    }

    @Test
    void theChannelPathTakesOverWhereTheStreamStopped() throws Exception {
        server = wholeTrackServer(false);
        LalalClient lalal = client(false, Duration.ofSeconds(10));

        try (TrackDownload d = lalal.openDownload(server.baseUrl() + "/media/song_vocals.wav");
             FileChannel file = FileChannel.open(dir.resolve("rest"), StandardOpenOption.CREATE_NEW,
                     StandardOpenOption.WRITE)) {
            assertThat(((HttpTrackDownload) d).channelBody()).as("plain http with a Content-Length").isNotNull();
            byte[] first = d.body().readNBytes(1000);
            long rest = d.transferTo(file);
            assertThat(first).isEqualTo(java.util.Arrays.copyOf(TRACK, 1000));
            assertThat(rest).isEqualTo(SIZE - 1000);
        }
        assertThat(Files.readAllBytes(dir.resolve("rest")))
                .isEqualTo(java.util.Arrays.copyOfRange(TRACK, 1000, SIZE));
    }

    @Test
    void overTlsTheTrackIsReadThroughTheTlsStreamNeverTheChannelBeneath() throws Exception {
        server = wholeTrackServer(true);
        LalalClient lalal = client(true, Duration.ofSeconds(10));

        try (TrackDownload d = lalal.openDownload(server.baseUrl() + "/media/song_vocals.wav");
             FileChannel file = FileChannel.open(dir.resolve("rest"), StandardOpenOption.CREATE_NEW,
                     StandardOpenOption.WRITE)) {
            assertThat(((HttpTrackDownload) d).channelBody()).as("https: no channel body").isNull();
            byte[] first = d.body().readNBytes(1000);
            long rest = d.transferTo(file);
            assertThat(first).isEqualTo(java.util.Arrays.copyOf(TRACK, 1000));
            assertThat(rest).isEqualTo(SIZE - 1000);
        }
        assertThat(Files.readAllBytes(dir.resolve("rest")))
                .isEqualTo(java.util.Arrays.copyOfRange(TRACK, 1000, SIZE));
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void aStalledServerTimesOutInsteadOfHanging(boolean https) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server = new ScriptedServer(https, (path, out) -> {
            out.write(head("Content-Length: " + SIZE));
            out.write(TRACK, 0, 200_000);
            out.flush();
            release.await(30, TimeUnit.SECONDS);
        });
        LalalClient lalal = client(https, Duration.ofMillis(500));
        long started = System.nanoTime();
        try {
            assertThatThrownBy(() -> lalal.download(server.baseUrl() + "/media/x.wav", dir.resolve("x")))
                    .isInstanceOf(LalalTransportException.class)
                    .hasRootCauseInstanceOf(SocketTimeoutException.class)
                    .hasMessageContaining(https ? "Read timed out" : "Read timed out after 500 ms");
        } finally {
            release.countDown();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void aShortBodyFailsNamingTheExpectedLength(boolean https) throws Exception {
        server = new ScriptedServer(https, (path, out) -> {
            out.write(head("Content-Length: " + SIZE));
            out.write(TRACK, 0, 300_000);
            out.flush();
            throw new IOException("closing early on purpose");
        });
        LalalClient lalal = client(https, Duration.ofSeconds(5));

        assertThatThrownBy(() -> lalal.download(server.baseUrl() + "/media/x.wav", dir.resolve("x")))
                .isInstanceOf(LalalTransportException.class)
                .hasMessageContaining("Premature end of Content-Length delimited message body (expected: " + SIZE
                        + "; received: 300000)");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void aGzipEncodedTrackIsDecodedNotCopiedRaw(boolean https) throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(TRACK);
        }
        byte[] body = zipped.toByteArray();
        server = new ScriptedServer(https, (path, out) -> {
            out.write(head("Content-Length: " + body.length + "\r\nContent-Encoding: gzip"));
            out.write(body);
        });
        LalalClient lalal = client(https, Duration.ofSeconds(10));

        DownloadResult r = lalal.download(server.baseUrl() + "/media/x.wav", dir.resolve("x"));

        assertThat(r.bytes()).isEqualTo(SIZE);
        assertThat(Files.readAllBytes(dir.resolve("x"))).isEqualTo(TRACK);
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void aChunkedTrackTakesTheStreamPath(boolean https) throws Exception {
        server = new ScriptedServer(https, (path, out) -> {
            out.write(head("Transfer-Encoding: chunked"));
            for (int off = 0; off < SIZE; off += 100_000) {
                int n = Math.min(100_000, SIZE - off);
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(TRACK, off, n);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        LalalClient lalal = client(https, Duration.ofSeconds(10));

        try (TrackDownload d = lalal.openDownload(server.baseUrl() + "/media/x.wav")) {
            assertThat(((HttpTrackDownload) d).channelBody()).isNull();
        }
        DownloadResult r = lalal.download(server.baseUrl() + "/media/x.wav", dir.resolve("x"));
        assertThat(r.bytes()).isEqualTo(SIZE);
        assertThat(Files.readAllBytes(dir.resolve("x"))).isEqualTo(TRACK);
    }

    /** Answers every request with the whole track and its Content-Length. */
    private static ScriptedServer wholeTrackServer(boolean https) throws IOException {
        return new ScriptedServer(https, (path, out) -> {
            out.write(head("Content-Length: " + SIZE));
            out.write(TRACK);
        });
    }

    private static byte[] head(String headers) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: audio/wav\r\n" + headers + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** What the server writes for one request. */
    @FunctionalInterface
    interface Script {
        void answer(String path, OutputStream out) throws Exception;
    }

    /**
     * An HTTP/1.1 server on loopback answering every GET with a script, keeping connections open between answers;
     * over TLS with the test's certificate when {@code https}.
     */
    static final class ScriptedServer implements AutoCloseable {
        final AtomicInteger connections = new AtomicInteger();
        private final ServerSocket socket;
        private final Script script;
        private final boolean https;

        ScriptedServer(boolean https, Script script) throws IOException {
            this.script = script;
            this.https = https;
            socket = https ? tls.serverSslContext().getServerSocketFactory().createServerSocket(0, 50,
                    InetAddress.getLoopbackAddress()) : new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(this::accept, "scripted-server");
            t.setDaemon(true);
            t.start();
        }

        String baseUrl() {
            return (https ? "https" : "http") + "://127.0.0.1:" + socket.getLocalPort();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket c = socket.accept();
                    connections.incrementAndGet();
                    Thread t = new Thread(() -> serve(c), "scripted-connection");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket c) {
            try (c; InputStream in = c.getInputStream(); OutputStream out = c.getOutputStream()) {
                while (true) {
                    String path = readRequest(in);
                    if (path == null) {
                        return;
                    }
                    script.answer(path, out);
                    out.flush();
                }
            } catch (Exception e) {
                // the script ended the connection, or the client went away
            }
        }

        /** Reads a request head (GETs have no body) and returns its path, or null at the end of the connection. */
        private static String readRequest(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0) {
                head.append((char) b);
                if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                    return head.toString().split(" ")[1];
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
