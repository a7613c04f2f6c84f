package io.github.camellalal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.util.Properties;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The component page's Camel Main recipe for a private CA: {@code camel.ssl.*} properties and
 * {@code useGlobalSslContextParameters=true} reach the https emulator, properties only.
 */
class MainGlobalTlsTest {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid("tls-main-key")).tls(true).build();

    @Test
    void camelSslPropertiesAndTheGlobalSwitchTrustThePrivateCertificate() throws Exception {
        Properties p = new Properties();
        p.put("camel.component.lalal.apiKey", "tls-main-key");
        p.put("camel.component.lalal.baseUrl", EMULATOR.baseUrl());
        p.put("camel.ssl.enabled", "true");
        p.put("camel.ssl.trustStore", "file:" + EMULATOR.tls().trustStore());
        p.put("camel.ssl.trustStorePassword", EMULATOR.tls().trustStorePassword());
        p.put("camel.component.lalal.useGlobalSslContextParameters", "true");
        Main main = new Main();
        main.setOverrideProperties(p);
        main.start();
        try {
            LicenseLimits limits = main.getCamelContext().createProducerTemplate()
                    .requestBody("lalal:limits", null, LicenseLimits.class);

            assertThat(limits).isNotNull();
            assertThat(EMULATOR.requestLog().all()).singleElement()
                    .satisfies(r -> assertThat(r.secure()).isTrue());
        } finally {
            main.stop();
        }
    }
}
