package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit extension serving https, as a user's test class would use it. */
class HttpsExtensionTest {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder().tls(true)
            .license(EmulatorLicense.paid("ext-key")).build();

    /** Each test makes one new connection: both see exactly one, so the counts start again for every test. */
    private static void oneRequestOnANewConnection() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(EMULATOR.tls().sslContext()).build();
        assertThat(new RawApi(EMULATOR.baseUrl(), client).get("/billing/get-limits/?key=ext-key", null)
                .get("option").asText()).isEqualTo("Plus");
        assertThat(EMULATOR.emulator().tlsConnections()).isEqualTo(new TlsConnections(1, 1, 0));
        assertThat(EMULATOR.requestLog().all()).singleElement().matches(RecordedRequest::secure);
    }

    @Test
    void theExtensionServesHttpsAndHandsOutItsTrustMaterial(LalalEmulator emulator) throws Exception {
        assertThat(EMULATOR.baseUrl()).startsWith("https://127.0.0.1:");
        assertThat(EMULATOR.tls()).isSameAs(emulator.tls());
        assertThat(EMULATOR.tls().trustStore()).exists();
        oneRequestOnANewConnection();
    }

    @Test
    void connectionCountsStartFromZeroInEachTest() throws Exception {
        oneRequestOnANewConnection();
    }
}
