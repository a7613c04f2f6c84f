package io.github.camellalal.component;

import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.EmulatorTls;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Routes against the emulator over real HTTP, with the key set once on the component. A class runs over plain http
 * unless it overrides {@link #overTls()}: then the same routes talk to an https emulator, trusted through the
 * component's {@code sslContextParameters} as a user would configure it.
 */
abstract class LalalTestSupport extends CamelTestSupport {

    static final String KEY = "test-key-7f3a9c";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY))
            .taskDuration(Duration.ofMillis(600))
            .build();

    @RegisterExtension
    static final LalalEmulatorExtension TLS_EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY))
            .taskDuration(Duration.ofMillis(600))
            .tls(true)
            .build();

    /** Whether this class's routes use the https emulator (default: plain http). */
    protected boolean overTls() {
        return false;
    }

    /** The emulator this class's routes talk to. */
    protected LalalEmulatorExtension emulator() {
        return overTls() ? TLS_EMULATOR : EMULATOR;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
        configure(lalal);
        lalal.getConfiguration().setPollInterval(100);
        return context;
    }

    /** Points a component at this class's emulator: key, base URL and, over https, the trust. */
    protected void configure(LalalComponent lalal) {
        lalal.getConfiguration().setApiKey(KEY);
        lalal.getConfiguration().setBaseUrl(emulator().baseUrl());
        if (overTls()) {
            lalal.getConfiguration().setSslContextParameters(trusting(TLS_EMULATOR.emulator().tls()));
        }
    }

    /** Camel's TLS settings trusting the emulator's certificate, made from its truststore file as a user would. */
    static SSLContextParameters trusting(EmulatorTls tls) {
        return TestTls.trusting(tls.trustStore().toString(), tls.trustStorePassword());
    }
}
