package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import io.github.camellalal.client.DownloadResult;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.LalalTransportException;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.TrackDownload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Track downloads against a scripted loopback server that is also the client's API host (so only the download's
 * own choice keeps the license off): redirects of every kind followed to at most five hops, an answer that is no
 * track failing with its status and an excerpt, URLs in messages without their query, and the bytes, name and
 * content type delivered to a stream, a directory or a file.
 */
class TrackDownloadsTest {

    private static final String KEY = "track-test-key-5c1d";
    private static final byte[] TRACK = new byte[70_000];

    static {
        new Random(7).nextBytes(TRACK);
    }

    @TempDir
    Path dir;

    private TrackServer server;
    private CloseableHttpClient http;
    private TrackDownloads downloads;

    @BeforeEach
    void start() throws IOException {
        server = new TrackServer(TrackDownloadsTest::answer);
        http = HttpClientFactory.create(LalalClientConfig.builder().baseUrl(server.url("/")).apiKey(KEY).build(),
                null);
        downloads = new TrackDownloads(http);
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
        server.close();
    }

    private static void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String[] parts = path.split("/");
        if (path.startsWith("/hop/")) {
            // /hop/<status>/<n>: n more redirects with this status before the track
            int n = Integer.parseInt(parts[3]);
            if (n > 0) {
                x.getResponseHeaders().add("Location", "/hop/" + parts[2] + "/" + (n - 1) + "?sig=hop");
                TrackServer.send(x, Integer.parseInt(parts[2]), new byte[0]);
                return;
            }
            x.getResponseHeaders().add("Content-Type", "audio/wav");
            TrackServer.send(x, 200, TRACK);
        } else if (path.equals("/rel/start")) {
            x.getResponseHeaders().add("Location", "next.wav");
            TrackServer.send(x, 302, new byte[0]);
        } else if (path.startsWith("/redirect-to/")) {
            x.getResponseHeaders().add("Location", x.getRequestURI().getRawQuery().replace("%20", " "));
            TrackServer.send(x, 302, new byte[0]);
        } else if (path.startsWith("/status/")) {
            // an answer that is no track, though it names one
            x.getResponseHeaders().add("Location", "/rel/next.wav");
            int status = Integer.parseInt(parts[2]);
            TrackServer.send(x, status, status == 204 || status == 304 ? new byte[0]
                    : "no track here\n".getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/no-location")) {
            TrackServer.send(x, 302, "moved, but where?".getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/long-error")) {
            TrackServer.send(x, 503, ("x".repeat(600) + KEY).getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/named")) {
            x.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"song_vocals.wav\"");
            x.getResponseHeaders().add("Content-Type", "audio/x-wav");
            TrackServer.send(x, 200, TRACK);
        } else if (path.equals("/short.wav")) {
            x.sendResponseHeaders(200, TRACK.length);
            x.getResponseBody().write(TRACK, 0, 1000);
            x.getResponseBody().flush();
            throw new IOException("closing early on purpose");
        } else {
            x.getResponseHeaders().add("Content-Type", "audio/wav");
            TrackServer.send(x, 200, TRACK);
        }
    }

    private byte[] read(TrackDownload d) throws IOException {
        try (d) {
            return d.body().readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void everyRedirectIsFollowedWithoutTheLicense(int status) throws IOException {
        TrackDownload d = downloads.openDownload(server.url("/hop/" + status + "/2?sig=first"));

        assertThat(d.fileName()).isEqualTo("0");
        assertThat(d.contentType()).isEqualTo("audio/wav");
        assertThat(d.contentLength()).isEqualTo(TRACK.length);
        assertThat(read(d)).isEqualTo(TRACK);
        assertThat(server.seen()).extracting(TrackServer.Seen::pathAndQuery).containsExactly(
                "/hop/" + status + "/2?sig=first", "/hop/" + status + "/1?sig=hop", "/hop/" + status + "/0?sig=hop");
        assertThat(server.seen()).allSatisfy(s -> {
            assertThat(s.authorization()).isNull();
            assertThat(s.licenseKey()).isNull();
        });
    }

    @Test
    void aRelativeLocationIsResolvedAgainstTheUrlThatAnswered() throws IOException {
        try (TrackDownload d = downloads.openDownload(server.url("/rel/start"))) {
            assertThat(d.fileName()).isEqualTo("next.wav");
        }
        assertThat(server.seen()).extracting(TrackServer.Seen::pathAndQuery).containsExactly("/rel/start",
                "/rel/next.wav");
    }

    @Test
    void fiveRedirectsAreFollowedASixthFailsNamingTheUrlWithoutItsQuery() throws IOException {
        assertThat(read(downloads.openDownload(server.url("/hop/302/5")))).isEqualTo(TRACK);
        int before = server.seen().size();

        assertThatThrownBy(() -> downloads.openDownload(server.url("/hop/307/6?sig=secret")))
                .isInstanceOfSatisfying(LalalApiException.class, e -> {
                    assertThat(e).hasMessage("LALAL.AI download of " + server.url("/hop/307/6?…")
                            + " failed: more than 5 redirects");
                    assertThat(e.httpStatus()).isEqualTo(307);
                });
        assertThat(server.seen()).hasSize(before + 6);
    }

    @Test
    void aRedirectOutOfHttpIsRefusedBeforeARequest() {
        assertThatThrownBy(() -> downloads.openDownload(server.url("/redirect-to/x?ftp://127.0.0.1/t.wav")))
                .isInstanceOf(LalalApiException.class)
                .hasMessage("LALAL.AI download of " + server.url("/redirect-to/x?…") + " failed: ftp://127.0.0.1/"
                        + "t.wav is not an http(s) URL");
        assertThat(server.seen()).hasSize(1);
    }

    @Test
    void aRedirectToAnUnreadableUrlIsRefusedNamingIt() {
        assertThatThrownBy(() -> downloads.openDownload(server.url("/redirect-to/x?http://127.0.0.1:1/a%20b")))
                .isInstanceOf(LalalApiException.class)
                .hasMessage("LALAL.AI download of " + server.url("/redirect-to/x?…") + " failed: http://127.0.0.1:1/"
                        + "a b is not an http(s) URL");
        assertThat(server.seen()).hasSize(1);
    }

    @Test
    void anUpperCaseSchemeIsHttp() throws IOException {
        assertThat(read(downloads.openDownload(server.url("/x.wav").replace("http:", "HTTP:")))).isEqualTo(TRACK);
    }

    @Test
    void aUrlThatIsNoHttpUrlIsRefusedBeforeARequest() {
        for (String url : new String[] {"ftp://127.0.0.1/t.wav?sig=1", "127.0.0.1/t.wav", "http://127.0.0.1/a b"}) {
            assertThatThrownBy(() -> downloads.openDownload(url)).isInstanceOf(LalalApiException.class)
                    .hasMessageEndingWith(" is not an http(s) URL").hasMessageNotContaining("sig=1");
        }
        assertThat(server.seen()).isEmpty();
    }

    @Test
    void noUrlIsAValidationError() {
        for (String url : new String[] {null, "", " "}) {
            assertThatThrownBy(() -> downloads.openDownload(url)).isInstanceOfSatisfying(
                    LalalValidationException.class, e -> assertThat(e.option()).isEqualTo("url"));
        }
        assertThat(server.seen()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 304, 404, 500})
    void anAnswerOtherThan2xxFailsWithItsStatusAndExcerptNotFollowingItsLocation(int status) {
        String excerpt = status == 304 ? "" : "no track here\\n";
        assertThatThrownBy(() -> downloads.openDownload(server.url("/status/" + status + "?sig=secret")))
                .isInstanceOfSatisfying(LalalApiException.class, e -> {
                    assertThat(e).hasMessage("LALAL.AI download of " + server.url("/status/" + status + "?…")
                            + " failed: HTTP " + status + ": " + excerpt);
                    assertThat(e.httpStatus()).isEqualTo(status);
                    assertThat(e.bodyExcerpt()).isEqualTo(excerpt);
                });
        assertThat(server.seen()).hasSize(1);
    }

    @Test
    void aRedirectWithoutLocationIsNoTrack() {
        assertThatThrownBy(() -> downloads.openDownload(server.url("/no-location")))
                .isInstanceOf(LalalApiException.class)
                .hasMessage("LALAL.AI download of " + server.url("/no-location") + " failed: HTTP 302: moved, but"
                        + " where?");
    }

    @Test
    void a407WithoutAConfiguredProxyPointsToTheProxyOptions() {
        assertThatThrownBy(() -> downloads.openDownload(server.url("/status/407")))
                .isInstanceOfSatisfying(LalalApiException.class, e -> {
                    assertThat(e).hasMessage("LALAL.AI download of " + server.url("/status/407") + " failed: HTTP"
                            + " 407: proxy authentication required by a proxy on the way, not a configured one; set"
                            + " proxyHost and proxyPort, and proxyUsername and proxyPassword");
                    assertThat(e.httpStatus()).isEqualTo(407);
                });
    }

    @Test
    void aFailureAfterARedirectNamesTheUrlThatFailed() {
        assertThatThrownBy(() -> downloads.openDownload(server.url("/redirect-to/x?/status/404?sig=s")))
                .isInstanceOf(LalalApiException.class)
                .hasMessage("LALAL.AI download of " + server.url("/status/404?…") + " failed: HTTP 404: no track"
                        + " here\\n");
    }

    @Test
    void a2xxAnswerWithoutBodyIsNoTrack() {
        assertThatThrownBy(() -> downloads.openDownload(server.url("/status/204")))
                .isInstanceOf(LalalApiException.class)
                .hasMessage("LALAL.AI download of " + server.url("/status/204") + " failed: HTTP 204: ");
    }

    @Test
    void everyStatusUpTo299IsATrack() throws IOException {
        assertThat(read(downloads.openDownload(server.url("/status/299")))).asString(StandardCharsets.UTF_8)
                .isEqualTo("no track here\n");
    }

    @Test
    void aLongErrorBodyIsCutAfter200Characters() {
        assertThatThrownBy(() -> downloads.openDownload(server.url("/long-error")))
                .isInstanceOfSatisfying(LalalApiException.class,
                        e -> assertThat(e.bodyExcerpt()).isEqualTo("x".repeat(200) + "..."));
    }

    @Test
    void noAnswerIsATransportErrorNamingTheUrlWithoutItsQuery() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/t.wav";
        assertThatThrownBy(() -> downloads.openDownload(url + "?sig=secret"))
                .isInstanceOf(LalalTransportException.class)
                .hasMessageStartingWith("LALAL.AI download of " + url + "?… failed: no answer (")
                .hasMessageNotContaining("secret");
    }

    @Test
    void aStreamDownloadDeliversTheBytesTheServersNameAndType() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DownloadResult r = downloads.download(server.url("/named?sig=1"), out);

        assertThat(r).isEqualTo(new DownloadResult("song_vocals.wav", TRACK.length, "audio/x-wav"));
        assertThat(out.toByteArray()).isEqualTo(TRACK);
    }

    @Test
    void aStreamDownloadThatBreaksOffIsATransportError() {
        String url = server.url("/short.wav");
        assertThatThrownBy(() -> downloads.download(url + "?sig=secret", new ByteArrayOutputStream()))
                .isInstanceOf(LalalTransportException.class)
                .hasMessageStartingWith("LALAL.AI download of " + url + "?… failed while reading: ")
                .hasMessageNotContaining("secret");
    }

    @Test
    void aDirectoryGetsTheTrackUnderTheServersName() throws IOException {
        DownloadResult r = downloads.download(server.url("/named"), dir);

        assertThat(r).isEqualTo(new DownloadResult("song_vocals.wav", TRACK.length, "audio/x-wav"));
        assertThat(Files.readAllBytes(dir.resolve("song_vocals.wav"))).isEqualTo(TRACK);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("song_vocals.wav"));
        }
    }

    @Test
    void aFilePathGetsTheTrackUnderItsOwnNameReplacingWhatWasThere() throws IOException {
        Path file = dir.resolve("mine.wav");
        Files.writeString(file, "old");

        DownloadResult r = downloads.download(server.url("/named"), file);

        assertThat(r).isEqualTo(new DownloadResult("mine.wav", TRACK.length, "audio/x-wav"));
        assertThat(Files.readAllBytes(file)).isEqualTo(TRACK);
    }

    @Test
    void aFileDownloadThatBreaksOffLeavesNothingBehind() throws IOException {
        Path file = dir.resolve("t.wav");
        String url = server.url("/short.wav");

        assertThatThrownBy(() -> downloads.download(url + "?sig=secret", file))
                .isInstanceOf(LalalTransportException.class)
                .hasMessageStartingWith("LALAL.AI download of " + url + "?… to " + file + " failed: ")
                .hasMessageNotContaining("secret");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aQueryIsLeftOutOfMessages() {
        assertThat(TrackDownloads.withoutQuery("http://127.0.0.1/a?sig=1&x=2")).isEqualTo("http://127.0.0.1/a?…");
        assertThat(TrackDownloads.withoutQuery("http://127.0.0.1/a")).isEqualTo("http://127.0.0.1/a");
        assertThat(TrackDownloads.withoutQuery("?x")).isEqualTo("?…");
    }
}
