package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The same API over https: v0 and v1, trust, host names, the download host, redirects and large bodies. */
class HttpsEmulatorTest {

    private static final String KEY = "https-key";

    private static LalalEmulator start(UnaryOperator<LalalEmulator.Builder> settings) {
        return settings.apply(LalalEmulator.builder().tls(true).license(EmulatorLicense.paid(KEY))
                .taskDuration(Duration.ofSeconds(1)).taskQueueTime(Duration.ZERO)).build().start();
    }

    /** A JDK client trusting the emulator's certificate only; it verifies host names, as every HttpClient does. */
    static HttpClient trusting(LalalEmulator emulator) {
        return HttpClient.newBuilder().sslContext(emulator.tls().sslContext()).build();
    }

    @Test
    void v0AndV1AreAnsweredOverHttpsAndRecordedAsSecure() throws Exception {
        try (LalalEmulator emu = start(b -> b)) {
            assertThat(emu.baseUrl()).isEqualTo("https://127.0.0.1:" + emu.port());
            assertThat(emu.downloadBaseUrl()).isEqualTo(emu.baseUrl());
            RawApi v0 = new RawApi(emu.baseUrl(), trusting(emu));
            V1Http v1 = new V1Http(emu.baseUrl(), trusting(emu));

            assertThat(v0.get("/billing/get-limits/?key=" + KEY, null).get("option").asText()).isEqualTo("Plus");
            String id = v0.uploadId(KEY, "song.wav", RawApi.wav(800, 8000));
            assertThat(v0.form("/api/check/", KEY, Map.of("id", id)).get("result").get(id).get("status").asText())
                    .isEqualTo("success");
            String task = v1.split(KEY, v1.uploadId(KEY, "v1.wav", RawApi.wav(800, 8000)));
            assertThat(v1.check(KEY, task).status()).isEqualTo(200);
            assertThat(v1.post("/api/v1/limits/minutes_left/", KEY, (Object) null).body().has("minutes_left"))
                    .isTrue();

            assertThat(emu.requestLog().all()).hasSize(7).allSatisfy(r -> {
                assertThat(r.secure()).isTrue();
                assertThat(r.tlsProtocol()).isIn("TLSv1.3", "TLSv1.2");
            });
            assertThat(emu.tlsConnections().handshakesFailed()).isZero();
        }
        try (LalalEmulator plain = LalalEmulator.builder().build().start()) {
            new RawApi(plain.baseUrl()).get("/billing/get-limits/?key=x", null);
            assertThat(plain.requestLog().all()).singleElement().satisfies(r -> {
                assertThat(r.secure()).isFalse();
                assertThat(r.tlsProtocol()).isNull();
            });
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateFailsAndNothingIsRecorded() throws Exception {
        try (LalalEmulator emu = start(b -> b)) {
            RawApi jdkDefaults = new RawApi(emu.baseUrl()); // trusts the JDK's CAs only

            assertThatThrownBy(() -> jdkDefaults.get("/billing/get-limits/?key=" + KEY, null))
                    .isInstanceOf(SSLHandshakeException.class);
            await().atMost(Duration.ofSeconds(5)).until(() -> emu.tlsConnections().handshakesFailed() == 1);
            assertThat(emu.tlsConnections()).isEqualTo(new TlsConnections(1, 0, 1));
            assertThat(emu.requestLog().all()).isEmpty();
        }
    }

    @Test
    void hostNamesAreVerifiedAndPassFor127001AndLocalhost() throws Exception {
        try (LalalEmulator emu = start(b -> b)) {
            for (String host : new String[] { "127.0.0.1", "localhost" }) {
                String base = "https://" + host + ":" + emu.port();
                assertThat(new RawApi(base, trusting(emu)).get("/billing/get-limits/?key=" + KEY, null)
                        .get("option").asText()).as(host).isEqualTo("Plus");

                HttpsURLConnection c = (HttpsURLConnection) new URL(base + "/billing/get-limits/?key=" + KEY)
                        .openConnection();
                c.setSSLSocketFactory(emu.tls().sslContext().getSocketFactory()); // default host name verifier
                assertThat(c.getResponseCode()).as(host).isEqualTo(200);
                c.disconnect();
            }
            assertThat(emu.requestLog().count(Endpoint.LIMITS)).isEqualTo(4);
        }
    }

    @Test
    void theDownloadHostIsHttpsTooAndRedirectsLeadThere() throws Exception {
        try (LalalEmulator emu = start(b -> b.separateDownloadHost(true).redirectMedia(true))) {
            assertThat(emu.downloadBaseUrl()).startsWith("https://127.0.0.1:").isNotEqualTo(emu.baseUrl());
            RawApi api = new RawApi(emu.baseUrl(), trusting(emu));
            byte[] wav = RawApi.wav(800, 8000);
            String url = finished(emu, api, "r.wav", wav).get("split").get("stem_track").asText();
            assertThat(url).startsWith(emu.baseUrl() + "/media/");

            HttpResponse<byte[]> redirect = api.send(HttpRequest.newBuilder(URI.create(url)).build());
            assertThat(redirect.statusCode()).isEqualTo(302);
            assertThat(redirect.headers().firstValue("Location")).get().asString()
                    .startsWith(emu.downloadBaseUrl() + "/media/");
            HttpClient following = HttpClient.newBuilder().sslContext(emu.tls().sslContext())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<byte[]> track = following.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(track.statusCode()).isEqualTo(200);
            assertThat(track.uri().toString()).startsWith(emu.downloadBaseUrl());
            assertThat(track.body()).hasSize(wav.length);
            assertThat(emu.requestLog().of(Endpoint.DOWNLOAD)).hasSize(3).allMatch(RecordedRequest::secure);
        }
    }

    @Test
    void eightMebibytesGoUpAndComeBackByteIdenticalOverHttps() throws Exception {
        try (LalalEmulator emu = start(b -> b)) {
            byte[] big = new byte[8 << 20];
            new Random(16).nextBytes(big); // not a WAV: the emulator's tracks are copies of the upload
            RawApi api = new RawApi(emu.baseUrl(), trusting(emu));

            JsonNode file = finished(emu, api, "big.mp3", big);
            HttpResponse<byte[]> track = api.send(HttpRequest.newBuilder(
                    URI.create(file.get("split").get("stem_track").asText())).build());

            assertThat(emu.requestLog().of(Endpoint.UPLOAD)).singleElement()
                    .satisfies(r -> assertThat(r.bodyBytes()).isEqualTo(big.length));
            assertThat(track.statusCode()).isEqualTo(200);
            assertThat(track.body()).isEqualTo(big);
        }
    }

    @Test
    void aRestartedEmulatorKeepsItsCertificateSoClientsStillTrustIt() throws Exception {
        LalalEmulator emu = start(b -> b);
        try {
            HttpClient client = trusting(emu);
            EmulatorTls before = emu.tls();
            new RawApi(emu.baseUrl(), client).get("/billing/get-limits/?key=" + KEY, null);
            emu.stop();
            assertThatThrownBy(emu::tls).isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");
            emu.start();

            assertThat(emu.tls().certificate()).isEqualTo(before.certificate());
            assertThat(new RawApi(emu.baseUrl(), client).get("/billing/get-limits/?key=" + KEY, null)
                    .get("option").asText()).isEqualTo("Plus");
            assertThat(emu.tlsConnections()).as("counted since this start").isEqualTo(new TlsConnections(1, 1, 0));
        } finally {
            emu.stop();
        }
    }

    @Test
    void aPlainHttpEmulatorHasNoTrustMaterial() {
        try (LalalEmulator plain = LalalEmulator.builder().build().start()) {
            assertThat(plain.baseUrl()).startsWith("http://127.0.0.1:");
            assertThatThrownBy(plain::tls).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("serves plain http").hasMessageContaining("tls(true)");
            assertThatThrownBy(plain::tlsConnections).isInstanceOf(IllegalStateException.class);
        }
    }

    /** Uploads, splits and moves the clock past the task: the check entry of the finished file. */
    private static JsonNode finished(LalalEmulator emu, RawApi api, String name, byte[] body) throws Exception {
        String id = api.uploadId(KEY, name, body);
        api.form("/api/split/", KEY, Map.of("id", id));
        emu.advanceClock(Duration.ofSeconds(2));
        JsonNode file = api.form("/api/check/", KEY, Map.of("id", id)).get("result").get(id);
        assertThat(file.get("task").get("state").asText()).isEqualTo("success");
        return file;
    }
}
