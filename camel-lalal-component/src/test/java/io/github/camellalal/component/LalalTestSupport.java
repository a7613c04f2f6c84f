package io.github.camellalal.component;

import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Routes against the emulator over real HTTP, with the key set once on the component. */
abstract class LalalTestSupport extends CamelTestSupport {

    static final String KEY = "test-key-7f3a9c";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY))
            .taskDuration(Duration.ofMillis(600))
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
        lalal.getConfiguration().setApiKey(KEY);
        lalal.getConfiguration().setBaseUrl(EMULATOR.baseUrl());
        lalal.getConfiguration().setPollInterval(100);
        return context;
    }
}
