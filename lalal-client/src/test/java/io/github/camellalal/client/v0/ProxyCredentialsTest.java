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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client through a proxy that wants Basic credentials: with them, every request carries them from the start (no
 * 407 round trip, so a stream body is sent once and succeeds); without them, or with wrong ones, one 407 per call
 * and an error that names proxy authentication.
 */
class ProxyCredentialsTest extends ClientTestSupport {

    static final String USER = "proxy-user";
    static final String PASSWORD = "pr0xy-s3cret";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofMillis(300)).build();

    private static final byte[] WAV = wav(3000);

    @TempDir
    Path dir;

    private AuthenticatingProxy proxy;
    private LalalClient client;

    @BeforeEach
    void startProxy() throws IOException {
        proxy = AuthenticatingProxy.start(USER, PASSWORD);
    }

    @AfterEach
    void stopProxy() {
        if (client != null) {
            client.close();
        }
        proxy.close();
    }

    private LalalClient through(String api, String user, String password) {
        LalalClientConfig.Builder b = LalalClientConfig.builder().baseUrl(EMULATOR.baseUrl()).apiKey(KEY)
                .apiVersion(api).maxRetries(2).maxRetryWait(Duration.ofSeconds(1))
                .proxy("http://" + proxy.host() + ":" + proxy.port());
        if (user != null) {
            b.proxyCredentials(user, password);
        }
        client = LalalClient.create(b.build());
        return client;
    }

    @Test
    void everyV0RequestCarriesTheCredentialsAndNoneIsAnswered407() throws Exception {
        LalalClient c = through("v0", USER, PASSWORD);
        Path file = Files.write(dir.resolve("file.wav"), WAV);

        List<UploadResult> uploads = List.of(c.upload("bytes.wav", WAV), c.upload(file, "file.wav"),
                c.upload("chunked.wav", new ByteArrayInputStream(WAV), -1),
                c.upload("known.wav", new ByteArrayInputStream(WAV), WAV.length));
        String id = uploads.get(0).id();
        c.split(SplitRequest.forFile(id).build());
        FileStatus done = awaitSuccess(c, id);
        ByteArrayOutputStream stem = new ByteArrayOutputStream();
        long downloaded = c.download(done.split().stemTrackUrl(), stem).bytes();
        c.limits();

        assertThat(uploads).allSatisfy(u -> assertThat(u.id()).isNotBlank());
        assertThat(downloaded).isEqualTo(WAV.length).isEqualTo(stem.size());
        List<RecordedRequest> received = EMULATOR.requestLog().of(Endpoint.UPLOAD);
        assertThat(received).extracting(RecordedRequest::bodyBytes).containsOnly((long) WAV.length).hasSize(4);
        assertThat(received.get(2).header("transfer-encoding")).isEqualToIgnoringCase("chunked");
        assertThat(received.get(3).header("content-length")).isEqualTo(String.valueOf(WAV.length));
        assertThat(received).allSatisfy(r -> assertThat(r.header("proxy-authorization")).isNull());
        assertThat(proxy.challenges()).isZero();
        assertThat(proxy.withoutValidCredentials()).isEmpty();
        // one proxy request per call: nothing was sent twice
        assertThat(proxy.count(Kind.FORWARD)).isEqualTo(EMULATOR.requestLog().all().size());
        assertThat(proxy.count(Kind.CONNECT)).isZero();
    }

    @Test
    void everyV1RequestCarriesTheCredentialsAndNoneIsAnswered407() {
        LalalClient c = through("v1", USER, PASSWORD);

        String source = c.upload("v1.wav", new ByteArrayInputStream(WAV), -1).id();
        String task = c.split(SplitRequest.forFile(source).build());
        FileStatus done = awaitSuccess(c, task);
        ByteArrayOutputStream stem = new ByteArrayOutputStream();
        c.download(done.tracks().stemTrackUrl(), stem);
        c.limits();

        assertThat(stem.size()).isPositive();
        assertThat(proxy.challenges()).isZero();
        assertThat(proxy.withoutValidCredentials()).isEmpty();
        assertThat(proxy.count(Kind.FORWARD)).isEqualTo(EMULATOR.requestLog().all().size());
    }

    @Test
    void withoutCredentialsEachCallFailsOnceNamingProxyAuthentication() {
        LalalClient c = through("v0", null, null);
        CountingStream body = new CountingStream(WAV);

        assertThatThrownBy(c::limits).isInstanceOfSatisfying(LalalApiException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(407);
            assertThat(e.getMessage()).contains("HTTP 407 from the proxy " + proxy.host() + ":" + proxy.port())
                    .contains("proxy authentication required").contains("proxyUsername and proxyPassword");
        });
        assertThatThrownBy(() -> c.upload("stream.wav", body, -1)).isInstanceOfSatisfying(LalalApiException.class,
                e -> assertThat(e.getMessage()).startsWith("LALAL.AI upload failed: HTTP 407 from the proxy")
                        .contains("proxy authentication required"));

        assertThatThrownBy(() -> c.download(EMULATOR.baseUrl() + "/media/any.wav", new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(LalalApiException.class, e -> assertThat(e.getMessage())
                        .contains("failed: HTTP 407 from the proxy").contains("set proxyUsername and proxyPassword"));

        // get-limits is safe to repeat, yet a 407 is not retried; the stream was read once, not again
        assertThat(proxy.seen()).extracting(AuthenticatingProxy.Seen::status).containsExactly(407, 407, 407);
        assertThat(body.bytesRead()).isEqualTo(WAV.length);
        assertThat(EMULATOR.requestLog().all()).isEmpty();
    }

    @Test
    void wrongCredentialsAreRefusedOnceAndThePasswordIsInNoMessage() {
        LalalClient c = through("v1", USER, "wrong-password");

        assertThatThrownBy(() -> c.upload("bytes.wav", WAV)).isInstanceOfSatisfying(LalalApiException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(407);
            assertThat(e.getMessage()).contains("HTTP 407 from the proxy " + proxy.host() + ":" + proxy.port())
                    .contains("refused").contains("proxyUsername").doesNotContain("wrong-password");
        });

        // a repeatable body would allow a second attempt, but the same credentials would fail again
        assertThat(proxy.seen()).singleElement().satisfies(s -> {
            assertThat(s.credentials()).isEqualTo(AuthenticatingProxy.Credentials.WRONG);
            assertThat(s.status()).isEqualTo(407);
        });
        assertThat(EMULATOR.requestLog().all()).isEmpty();
    }

    @Test
    void theProxyPasswordIsInNoLineOfTheDebugLog() {
        LalalClient c = through("v0", USER, PASSWORD);

        String log = DebugLog.of(() -> {
            c.upload("logged.wav", new ByteArrayInputStream(WAV), -1);
            c.limits();
        });

        assertThat(log).contains("Proxy-Authorization: Basic xxxxxx").doesNotContain(PASSWORD)
                .doesNotContain(basic(USER, PASSWORD));
        assertThat(proxy.challenges()).isZero();
    }

    /** The value after {@code Basic } for a user and password. */
    static String basic(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static FileStatus awaitSuccess(LalalClient c, String id) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> c.check(id), s -> s.taskState() != null && s.taskState().isTerminal());
    }
}
