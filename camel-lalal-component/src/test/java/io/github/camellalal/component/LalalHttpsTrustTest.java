package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.client.LicenseLimits;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * Trust over https: a certificate the JVM does not trust fails the first request before anything reaches the
 * service, naming the TLS failure and never the key; Camel's global TLS settings work with
 * {@code useGlobalSslContextParameters}.
 */
class LalalHttpsTrustTest extends LalalTestSupport {

    @Override
    protected boolean overTls() {
        return true;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setSSLContextParameters(EmulatedLalal.trusting(emulator().tls()));
        LalalComponent untrusting = new LalalComponent();
        untrusting.getConfiguration().setApiKey(KEY);
        untrusting.getConfiguration().setBaseUrl(emulator().baseUrl());
        context.addComponent("untrusting", untrusting);
        LalalComponent global = new LalalComponent();
        global.getConfiguration().setApiKey(KEY);
        global.getConfiguration().setBaseUrl(emulator().baseUrl());
        global.setUseGlobalSslContextParameters(true);
        context.addComponent("global", global);
        return context;
    }

    @Test
    void anUntrustedCertificateFailsBeforeAnyRequest() {
        Exchange failed = template.request("untrusting:upload", x -> {
            x.getMessage().setBody(TestWav.stereo(1000));
            x.getMessage().setHeader(LalalConstants.FILE_NAME, "song.wav");
        });

        assertThat(failed.getException()).hasCauseInstanceOf(SSLException.class)
                .hasMessageContaining("PKIX").hasMessageNotContaining(KEY);
        assertThat(emulator().requestLog().all()).as("requests the service received").isEmpty();
        // the server sees the client's alert on its own thread, a moment later
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(emulator()
                .tlsConnections().handshakesFailed()).isPositive());
    }

    @Test
    void camelsGlobalTlsSettingsAreUsedWhenAsked() {
        LicenseLimits limits = template.requestBody("global:limits", null, LicenseLimits.class);

        assertThat(limits).isNotNull();
        assertThat(emulator().requestLog().all()).singleElement().satisfies(r -> assertThat(r.secure()).isTrue());
    }
}
