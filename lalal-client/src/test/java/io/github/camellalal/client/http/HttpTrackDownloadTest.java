package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.TrackDownload;
import io.github.camellalal.client.http.ChannelDownloadTest.ScriptedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What closing an open track download does to its connection: a track read to its end leaves the connection for the
 * next download; a track closed early aborts the exchange at once instead of reading the rest of a large track.
 */
class HttpTrackDownloadTest {

    private static final byte[] TRACK = new byte[100_000];

    static {
        new Random(11).nextBytes(TRACK);
    }

    private ScriptedServer server;
    private CloseableHttpClient http;

    @AfterEach
    void stop() throws IOException {
        if (http != null) {
            http.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static byte[] head(long length) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: audio/wav\r\nContent-Length: " + length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private TrackDownloads downloads() {
        http = HttpClientFactory.create(LalalClientConfig.builder().baseUrl(server.baseUrl() + "/")
                .apiKey("track-key").responseTimeout(Duration.ofSeconds(60)).build(), null);
        return new TrackDownloads(http);
    }

    @Test
    void aTrackReadToItsEndLeavesTheConnectionForTheNext() throws Exception {
        server = new ScriptedServer(false, (path, out) -> {
            out.write(head(TRACK.length));
            out.write(TRACK);
        });
        TrackDownloads downloads = downloads();

        for (int i = 0; i < 3; i++) {
            try (TrackDownload d = downloads.openDownload(server.baseUrl() + "/t.wav")) {
                assertThat(d.body().readAllBytes()).isEqualTo(TRACK);
            }
        }
        assertThat(server.connections.get()).isEqualTo(1);
    }

    @Test
    void aTrackReadByteByByteToItsEndLeavesTheConnectionForTheNext() throws Exception {
        server = new ScriptedServer(false, (path, out) -> {
            out.write(head(3));
            out.write(new byte[] {1, 2, 3});
        });
        TrackDownloads downloads = downloads();

        for (int i = 0; i < 2; i++) {
            try (TrackDownload d = downloads.openDownload(server.baseUrl() + "/t.wav")) {
                assertThat(new int[] {d.body().read(), d.body().read(), d.body().read(), d.body().read()})
                        .containsExactly(1, 2, 3, -1);
            }
        }
        assertThat(server.connections.get()).isEqualTo(1);
    }

    @Test
    void aTrackClosedEarlyIsAbortedNotReadToItsEnd() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server = new ScriptedServer(false, (path, out) -> {
            // a large track whose rest comes slowly: reading it to its end would take a minute
            out.write(head(50_000_000L));
            out.write(TRACK);
            out.flush();
            release.await(60, TimeUnit.SECONDS);
        });
        TrackDownloads downloads = downloads();
        long started = System.nanoTime();
        try {
            try (TrackDownload d = downloads.openDownload(server.baseUrl() + "/t.wav")) {
                assertThat(d.body().readNBytes(10)).isEqualTo(Arrays.copyOf(TRACK, 10));
                assertThat(d.body().read(new byte[4], 0, 0)).as("an empty read is no end").isZero();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
            try (TrackDownload d = downloads.openDownload(server.baseUrl() + "/t.wav")) {
                assertThat(d.body().readNBytes(10)).isEqualTo(Arrays.copyOf(TRACK, 10));
            }
        } finally {
            release.countDown();
        }
        assertThat(server.connections.get()).as("the aborted connection is not reused").isEqualTo(2);
    }
}
