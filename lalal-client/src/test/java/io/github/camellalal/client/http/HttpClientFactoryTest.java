package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.LalalTransportException;
import io.github.camellalal.client.TrackDownload;
import io.github.camellalal.emulator.LoopbackTls;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.HostnameVerifier;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HttpClient built from a client configuration, seen from a loopback server: it sends the configured
 * User-Agent, lets a configurer change the builder last, never repeats a request on its own, and over https lets a
 * configured hostname verifier decide alone. Plain http sockets have a channel (for zero-copy bodies); sockets that
 * carry TLS or go through a proxy do not.
 */
class HttpClientFactoryTest {

    private static final byte[] BODY = "track".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path trustDir;
    private static LoopbackTls tls;

    @BeforeAll
    static void certificate() {
        tls = LoopbackTls.generate(trustDir);
    }

    private static LalalClientConfig.Builder config(String baseUrl) {
        return LalalClientConfig.builder().baseUrl(baseUrl).apiKey("factory-test-key");
    }

    private static byte[] download(CloseableHttpClient http, String url) throws IOException {
        try (http; TrackDownload d = new TrackDownloads(http).openDownload(url)) {
            return d.body().readAllBytes();
        }
    }

    @Test
    void theConfiguredUserAgentIsSent() throws IOException {
        try (TrackServer server = new TrackServer(x -> TrackServer.send(x, 200, BODY))) {
            download(HttpClientFactory.create(config(server.url("/")).userAgent("my-agent/1.0").build(), null),
                    server.url("/t.wav"));
            assertThat(server.seen()).singleElement().extracting(TrackServer.Seen::userAgent)
                    .isEqualTo("my-agent/1.0");
        }
    }

    @Test
    void aConfigurerChangesTheBuilderLast() throws IOException {
        try (TrackServer server = new TrackServer(x -> TrackServer.send(x, 200, BODY))) {
            download(HttpClientFactory.create(config(server.url("/")).userAgent("my-agent/1.0").build(),
                    b -> b.setUserAgent("configured/2.0")), server.url("/t.wav"));
            assertThat(server.seen()).singleElement().extracting(TrackServer.Seen::userAgent)
                    .isEqualTo("configured/2.0");
        }
    }

    @Test
    void aRequestThatGotNoAnswerIsNotRepeatedByHttpClient() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                // every connection: read the request head, then close without an answer
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        connections.incrementAndGet();
                        readHead(s.getInputStream());
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/t.wav";

            assertThatThrownBy(() -> download(HttpClientFactory.create(config(url).build(), null), url))
                    .isInstanceOf(LalalTransportException.class).hasMessageContaining("no answer");
            assertThat(connections.get()).isEqualTo(1);
        }
    }

    /** Reads a request head up to its empty line (or the end of the stream). */
    private static void readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while (!head.toString().endsWith("\r\n\r\n") && (c = in.read()) >= 0) {
            head.append((char) c);
        }
    }

    @Test
    void aConfiguredHostnameVerifierDecidesAlone() throws Exception {
        // the certificate names localhost and 127.0.0.1; this server is at 127.0.0.2, still loopback
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls.serverSslContext()));
        try (TrackServer server = new TrackServer(https, x -> TrackServer.send(x, 200, BODY))) {
            String url = server.url("/t.wav");
            HostnameVerifier anyHost = (host, session) -> true;
            HostnameVerifier noHost = (host, session) -> false;

            assertThat(download(HttpClientFactory.create(config(url).sslContext(tls.trust().sslContext())
                    .hostnameVerifier(anyHost).build(), null), url)).isEqualTo(BODY);
            assertThatThrownBy(() -> download(HttpClientFactory.create(config(url)
                    .sslContext(tls.trust().sslContext()).build(), null), url))
                    .as("the default verifier refuses 127.0.0.2").isInstanceOf(LalalTransportException.class);
            assertThatThrownBy(() -> download(HttpClientFactory.create(config(url)
                    .sslContext(tls.trust().sslContext()).hostnameVerifier(noHost).build(), null), url))
                    .as("a verifier refusing every host").isInstanceOf(LalalTransportException.class);
            assertThat(server.seen()).hasSize(1);
        }
    }

    @Test
    void onlyPlainHttpWithoutAProxyGetsChannelSockets() throws IOException {
        HttpClientFactory.SchemeSockets channels = new HttpClientFactory.SchemeSockets(true);
        Proxy socks = new Proxy(Proxy.Type.SOCKS, new InetSocketAddress(InetAddress.getLoopbackAddress(), 1080));
        try (Socket http = channels.create("http", null); Socket upper = channels.create("HTTP", null);
                Socket https = channels.create("https", null); Socket viaSocks = channels.create("http", socks);
                Socket proxied = new HttpClientFactory.SchemeSockets(false).create("http", null);
                Socket plain = channels.create(null)) {
            assertThat(http.getChannel()).isNotNull();
            assertThat(upper.getChannel()).isNotNull();
            assertThat(https.getChannel()).isNull();
            assertThat(viaSocks.getChannel()).isNull();
            assertThat(proxied.getChannel()).isNull();
            assertThat(plain.getChannel()).isNull();
        }
    }
}
