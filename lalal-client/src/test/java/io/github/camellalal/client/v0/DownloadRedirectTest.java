package io.github.camellalal.client.v0;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.camellalal.client.ClientTestSupport;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.Stem;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import io.github.camellalal.emulator.LoopbackTls;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Track downloads follow redirects (a CDN answering 302) to any host, at most five hops, never with the license,
 * and refuse a redirect that leaves http(s). The redirecting server is this test's own, on loopback. Over plain
 * http here; {@link DownloadRedirectHttpsTest} runs the same with every host on https.
 */
class DownloadRedirectTest extends ClientTestSupport {

    /** One certificate for the https emulator and the https redirector, so one trust reaches both. */
    static final LoopbackTls TLS = LoopbackTls.generate(TrustFiles.directory());

    @RegisterExtension
    static final LalalEmulatorExtension HTTP_EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofMillis(200)).build();

    @RegisterExtension
    static final LalalEmulatorExtension HTTPS_EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofMillis(200)).tls(TLS).build();

    private LalalEmulatorExtension emulator;
    private HttpServer redirector;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private String trackUrl;

    /** Whether every host of this class speaks https. */
    boolean https() {
        return false;
    }

    @Override
    protected LalalClient client(String baseUrl) {
        return client(baseUrl, KEY, 2, Duration.ofSeconds(10), https() ? TLS.trust().sslContext() : null);
    }

    @BeforeEach
    void startRedirector() throws Exception {
        emulator = https() ? HTTPS_EMULATOR : HTTP_EMULATOR;
        InetSocketAddress loopback = new InetSocketAddress("127.0.0.1", 0);
        if (https()) {
            HttpsServer tls = HttpsServer.create(loopback, 0);
            tls.setHttpsConfigurator(new HttpsConfigurator(TLS.serverSslContext()));
            redirector = tls;
        } else {
            redirector = HttpServer.create(loopback, 0);
        }
        // /hop/<n>: redirects to /hop/<n-1>, and /hop/0 to the track (query kept), relative and absolute mixed
        redirector.createContext("/hop/", ex -> {
            authorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring(5));
            ex.getResponseHeaders().add("Location", n == 0 ? trackUrl : n % 2 == 0 ? "/hop/" + (n - 1) + "?sig=1"
                    : base() + "/hop/" + (n - 1));
            ex.sendResponseHeaders(n % 2 == 0 ? 302 : 307, -1);
            ex.close();
        });
        redirector.createContext("/ftp", ex -> {
            ex.getResponseHeaders().add("Location", "ftp://127.0.0.1/track.wav?signature=secret-sig");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        redirector.start();
        LalalClient lalal = client(emulator.baseUrl());
        String id = lalal.upload("song.wav", wav(2000)).id();
        lalal.split(SplitRequest.forFile(id).stem(Stem.VOCALS).build());
        FileStatus done = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> lalal.check(id), s -> s.taskState() == TaskState.SUCCESS);
        trackUrl = done.tracks().stemTrackUrl();
        emulator.requestLog().clear();
    }

    @AfterEach
    void stopRedirector() {
        redirector.stop(0);
    }

    private String base() {
        return (https() ? "https" : "http") + "://127.0.0.1:" + redirector.getAddress().getPort();
    }

    @Test
    void followsFiveHopsToTheTrackWithoutTheLicense() {
        LalalClient lalal = client(emulator.baseUrl());
        byte[] direct = bytes(out -> lalal.download(trackUrl, out));
        emulator.requestLog().clear();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var result = lalal.download(base() + "/hop/4", out);

        assertThat(out.toByteArray()).isEqualTo(direct);
        assertThat(result.fileName()).isEqualTo("song_vocals_split_by_lalalai.wav");
        assertThat(authorizations).hasSize(5).containsOnly("null");
        // the last hop lands on the API's own host: still no license there
        assertThat(emulator.requestLog().of(Endpoint.DOWNLOAD)).singleElement()
                .satisfies(r -> assertThat(r.header("authorization")).isNull());
    }

    @Test
    void aSixthRedirectFails() {
        LalalClient lalal = client(emulator.baseUrl());

        assertThatThrownBy(() -> lalal.download(base() + "/hop/5", new ByteArrayOutputStream()))
                .isInstanceOf(LalalApiException.class)
                .hasMessageContaining("more than 5 redirects");
        assertThat(emulator.requestLog().of(Endpoint.DOWNLOAD)).isEmpty();
    }

    @Test
    void aRedirectToAnotherSchemeFailsNamingItWithoutItsQuery() {
        LalalClient lalal = client(emulator.baseUrl());

        assertThatThrownBy(() -> lalal.download(base() + "/ftp?token=abc", new ByteArrayOutputStream()))
                .isInstanceOf(LalalApiException.class)
                .hasMessageContaining("ftp://127.0.0.1/track.wav?…")
                .hasMessageContaining("is not an http(s) URL")
                .hasMessageNotContaining("secret-sig")
                .hasMessageNotContaining("abc");
    }
}
