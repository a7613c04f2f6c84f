package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.TrackDownload;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Settings of the HttpClient that only show across requests: maxConnections bounds the open connections in all
 * and to one host, and a proxy without scheme is an http proxy that gets the configured credentials up front, even
 * with no password.
 */
class ConnectionLimitsAndProxyTest {

    private static final byte[] BODY = "track".getBytes(StandardCharsets.US_ASCII);

    private static CloseableHttpClient client(LalalClientConfig.Builder config) {
        return HttpClientFactory.create(config.apiKey("limits-key").build(), null);
    }

    private static CompletableFuture<TrackDownload> open(TrackDownloads downloads, String url) {
        return CompletableFuture.supplyAsync(() -> downloads.openDownload(url));
    }

    @Test
    void maxConnectionsBoundsTheConnectionsToOneHost() throws Exception {
        try (TrackServer server = new TrackServer(x -> TrackServer.send(x, 200, BODY));
                CloseableHttpClient http = client(LalalClientConfig.builder().baseUrl(server.url("/"))
                        .maxConnections(6))) {
            TrackDownloads downloads = new TrackDownloads(http);
            List<CompletableFuture<TrackDownload>> open = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                open.add(open(downloads, server.url("/t" + i + ".wav")));
            }
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> open.stream().filter(f -> f.isDone()).count() == 6);
                await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                        .until(() -> open.stream().filter(f -> f.isDone()).count() == 6);

                open.stream().filter(CompletableFuture::isDone).findFirst().orElseThrow().join().close();
                await().atMost(Duration.ofSeconds(30)).until(() -> open.stream().allMatch(f -> f.isDone()));
            } finally {
                for (CompletableFuture<TrackDownload> f : open) {
                    f.thenAccept(d -> {
                        try {
                            d.close();
                        } catch (IOException e) {
                            // closing after the assertions
                        }
                    });
                }
            }
        }
    }

    @Test
    void maxConnectionsBoundsTheConnectionsInAll() throws Exception {
        try (TrackServer a = new TrackServer(x -> TrackServer.send(x, 200, BODY));
                TrackServer b = new TrackServer(x -> TrackServer.send(x, 200, BODY));
                CloseableHttpClient http = client(LalalClientConfig.builder().baseUrl(a.url("/"))
                        .maxConnections(1))) {
            TrackDownloads downloads = new TrackDownloads(http);
            TrackDownload first = downloads.openDownload(a.url("/a.wav"));
            CompletableFuture<TrackDownload> second = open(downloads, b.url("/b.wav"));

            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> !second.isDone());
            first.close();
            try (TrackDownload d = second.get(30, java.util.concurrent.TimeUnit.SECONDS)) {
                assertThat(d.body().readAllBytes()).isEqualTo(BODY);
            }
        }
    }

    @Test
    void aProxyWithoutSchemeIsAnHttpProxyGivenTheUserWithAnEmptyPassword() throws Exception {
        int closedPort;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = closed.getLocalPort();
        }
        try (TrackServer proxy = new TrackServer(x -> TrackServer.send(x, 200, BODY));
                CloseableHttpClient http = client(LalalClientConfig.builder()
                        .baseUrl("http://127.0.0.1:" + closedPort + "/")
                        .proxy(proxy.url("").replace("http:", "")).proxyCredentials("proxy-user", null))) {
            try (TrackDownload d = new TrackDownloads(http).openDownload("http://127.0.0.1:" + closedPort
                    + "/t.wav")) {
                assertThat(d.body().readAllBytes()).as("answered by the proxy").isEqualTo(BODY);
            }
            assertThat(proxy.seen()).singleElement().satisfies(s -> {
                assertThat(s.pathAndQuery()).isEqualTo("/t.wav");
                assertThat(s.proxyAuthorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                        "proxy-user:".getBytes(StandardCharsets.US_ASCII)));
            });
        }
    }
}
