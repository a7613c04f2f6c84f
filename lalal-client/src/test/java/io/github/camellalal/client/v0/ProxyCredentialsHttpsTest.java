package io.github.camellalal.client.v0;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.client.AuthenticatingProxy;
import io.github.camellalal.client.AuthenticatingProxy.Kind;
import io.github.camellalal.client.ClientTestSupport;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.UploadResult;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import io.github.camellalal.emulator.RecordedRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client to an https service through a proxy that wants Basic credentials: the CONNECT that opens each tunnel
 * carries them from the start (one CONNECT per connection, no 407), and every body kind arrives through the tunnel.
 */
class ProxyCredentialsHttpsTest extends ClientTestSupport {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder().tls(true)
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofMillis(300)).build();

    private static final byte[] WAV = wav(3000);

    @TempDir
    Path dir;

    private AuthenticatingProxy proxy;
    private LalalClient client;

    @BeforeEach
    void startProxy() throws IOException {
        proxy = AuthenticatingProxy.start(ProxyCredentialsTest.USER, ProxyCredentialsTest.PASSWORD);
    }

    @AfterEach
    void stopProxy() {
        if (client != null) {
            client.close();
        }
        proxy.close();
    }

    private LalalClient through(String api, boolean credentials) {
        LalalClientConfig.Builder b = LalalClientConfig.builder().baseUrl(EMULATOR.baseUrl()).apiKey(KEY)
                .apiVersion(api).maxRetries(2).maxRetryWait(Duration.ofSeconds(1))
                .sslContext(EMULATOR.tls().sslContext()).proxy("http://" + proxy.host() + ":" + proxy.port());
        if (credentials) {
            b.proxyCredentials(ProxyCredentialsTest.USER, ProxyCredentialsTest.PASSWORD);
        }
        client = LalalClient.create(b.build());
        return client;
    }

    @Test
    void everyTunnelIsOpenedWithTheCredentialsAndEveryBodyKindArrives() throws Exception {
        LalalClient c = through("v0", true);
        Path file = Files.write(dir.resolve("file.wav"), WAV);

        List<UploadResult> uploads = List.of(c.upload("bytes.wav", WAV), c.upload(file, "file.wav"),
                c.upload("chunked.wav", new ByteArrayInputStream(WAV), -1),
                c.upload("known.wav", new ByteArrayInputStream(WAV), WAV.length));
        String id = uploads.get(0).id();
        c.split(SplitRequest.forFile(id).build());
        FileStatus done = awaitSuccess(c, id);
        ByteArrayOutputStream stem = new ByteArrayOutputStream();
        c.download(done.split().stemTrackUrl(), stem);
        c.limits();

        assertThat(stem.size()).isEqualTo(WAV.length);
        List<RecordedRequest> received = EMULATOR.requestLog().of(Endpoint.UPLOAD);
        assertThat(received).extracting(RecordedRequest::bodyBytes).containsOnly((long) WAV.length).hasSize(4);
        assertThat(received.get(2).header("transfer-encoding")).isEqualToIgnoringCase("chunked");
        assertThat(EMULATOR.requestLog().all()).allMatch(RecordedRequest::secure);
        assertThat(proxy.challenges()).isZero();
        assertThat(proxy.withoutValidCredentials()).isEmpty();
        assertThat(proxy.count(Kind.FORWARD)).isZero();
        // one CONNECT per TLS connection, and connections are reused: far fewer tunnels than requests
        assertThat(proxy.count(Kind.CONNECT)).isPositive()
                .isEqualTo(EMULATOR.emulator().tlsConnections().handshakesCompleted())
                .isLessThan(EMULATOR.requestLog().all().size());
    }

    @Test
    void v1CallsGoThroughTheTunnelWithTheCredentialsToo() {
        LalalClient c = through("v1", true);

        String source = c.upload("v1.wav", new ByteArrayInputStream(WAV), -1).id();
        FileStatus done = awaitSuccess(c, c.split(SplitRequest.forFile(source).build()));
        ByteArrayOutputStream stem = new ByteArrayOutputStream();
        c.download(done.tracks().stemTrackUrl(), stem);
        c.limits();

        assertThat(stem.size()).isPositive();
        assertThat(EMULATOR.requestLog().all()).allMatch(RecordedRequest::secure);
        assertThat(proxy.challenges()).isZero();
        assertThat(proxy.withoutValidCredentials()).isEmpty();
        assertThat(proxy.count(Kind.CONNECT)).isEqualTo(EMULATOR.emulator().tlsConnections().handshakesCompleted());
    }

    @Test
    void withoutCredentialsTheRefusedConnectFailsTheCallBeforeTheBodyIsRead() {
        LalalClient c = through("v0", false);
        CountingStream body = new CountingStream(WAV);

        assertThatThrownBy(() -> c.upload("stream.wav", body, -1)).isInstanceOfSatisfying(LalalApiException.class,
                e -> {
                    assertThat(e.httpStatus()).isEqualTo(407);
                    assertThat(e.getMessage()).isEqualTo("LALAL.AI upload failed: HTTP 407 from the proxy "
                            + proxy.host() + ":" + proxy.port()
                            + ": proxy authentication required; set proxyUsername and proxyPassword");
                });

        assertThat(proxy.seen()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Kind.CONNECT);
            assertThat(s.status()).isEqualTo(407);
        });
        assertThat(body.bytesRead()).isZero();
        assertThat(EMULATOR.requestLog().all()).isEmpty();
    }

    @Test
    void theConnectIsLoggedWithTheCredentialsMasked() {
        LalalClient c = through("v0", true);

        String log = DebugLog.of(c::limits);

        assertThat(log).contains(">> CONNECT 127.0.0.1:" + EMULATOR.emulator().port())
                .contains("Proxy-Authorization: Basic xxxxxx").doesNotContain(ProxyCredentialsTest.PASSWORD)
                .doesNotContain(ProxyCredentialsTest.basic(ProxyCredentialsTest.USER, ProxyCredentialsTest.PASSWORD));
        assertThat(proxy.seen()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Kind.CONNECT);
            assertThat(s.credentials()).isEqualTo(AuthenticatingProxy.Credentials.VALID);
        });
    }

    private static FileStatus awaitSuccess(LalalClient c, String id) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> c.check(id), s -> s.taskState() != null && s.taskState().isTerminal());
    }
}
