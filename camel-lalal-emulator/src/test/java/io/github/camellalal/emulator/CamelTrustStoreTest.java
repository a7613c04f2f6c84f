package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's recipe: Camel's SSLContextParameters from the emulator's truststore trust it, and only it. */
class CamelTrustStoreTest {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder().tls(true)
            .license(EmulatorLicense.paid("camel-key")).build();

    /** As the README shows it, word for word. */
    static SSLContextParameters emulatorTrust() {
        KeyStoreParameters truststore = new KeyStoreParameters();
        truststore.setResource("file:" + EMULATOR.tls().trustStore());
        truststore.setPassword(EMULATOR.tls().trustStorePassword());
        truststore.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(truststore);
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setTrustManagers(trust);
        return ssl;
    }

    @Test
    void sslContextParametersFromTheTrustStoreTrustTheEmulator() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            SSLContext context = emulatorTrust().createSSLContext(camel);
            HttpResponse<String> limits = HttpClient.newBuilder().sslContext(context).build().send(
                    HttpRequest.newBuilder(URI.create(EMULATOR.baseUrl() + "/billing/get-limits/?key=camel-key"))
                            .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(limits.statusCode()).isEqualTo(200);
            assertThat(limits.body()).contains("\"option\":\"Plus\"");
            assertThat(EMULATOR.requestLog().all()).singleElement().matches(RecordedRequest::secure);
        }
    }

    @Test
    void theyTrustNothingElse() throws Exception {
        try (CamelContext camel = new DefaultCamelContext();
             LalalEmulator other = LalalEmulator.builder().tls(true).build().start()) {
            SSLContext context = emulatorTrust().createSSLContext(camel);

            assertThatThrownBy(() -> HttpClient.newBuilder().sslContext(context).build().send(
                    HttpRequest.newBuilder(URI.create(other.baseUrl() + "/billing/get-limits/?key=x")).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(SSLHandshakeException.class);
        }
    }
}
