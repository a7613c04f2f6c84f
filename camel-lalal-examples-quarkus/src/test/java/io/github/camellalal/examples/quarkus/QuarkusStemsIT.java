package io.github.camellalal.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.emulator.LalalEmulator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@link QuarkusStemsScenario} on an emulator serving plain http: the base URL is all the application needs. */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class QuarkusStemsIT extends QuarkusStemsScenario {

    @Override
    void assertTransport(LalalEmulator emulator) {
        assertThat(emulator.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(emulator.requestLog().all()).isNotEmpty().noneMatch(r -> r.secure());
    }
}
