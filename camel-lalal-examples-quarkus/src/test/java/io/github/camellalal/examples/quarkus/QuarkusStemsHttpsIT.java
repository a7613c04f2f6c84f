package io.github.camellalal.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.emulator.LalalEmulator;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@link QuarkusStemsScenario} over https, the only scheme of the real service, on an emulator whose certificate is
 * self-signed: the application trusts it through the properties of docs/quarkus.md's "Over https" block, read from
 * that page (Camel's global {@code camel.ssl.*} truststore, used by the lalal component with
 * {@code use-global-ssl-context-parameters}); see {@link EmulatorResource}. Upload, split, checks and both downloads
 * must have come over TLS.
 */
@QuarkusTest
@WithTestResource(value = EmulatorResource.class, initArgs = @ResourceArg(name = EmulatorResource.TLS, value = "true"))
class QuarkusStemsHttpsIT extends QuarkusStemsScenario {

    @Override
    void assertTransport(LalalEmulator emulator) {
        assertThat(emulator.baseUrl()).startsWith("https://127.0.0.1:");
        assertThat(emulator.requestLog().all()).isNotEmpty().allMatch(r -> r.secure(), "came over TLS");
        assertThat(emulator.tlsConnections().handshakesFailed()).as("failed TLS handshakes").isZero();
    }
}
