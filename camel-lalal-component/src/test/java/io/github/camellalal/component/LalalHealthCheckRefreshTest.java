package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.emulator.Endpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The producer check reuses the service's answer for its refresh interval, and asks again after it. */
class LalalHealthCheckRefreshTest {

    private static final String KEY = "health-refresh-key-6a0f";

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey(KEY).build();

    private final CamelContext context = new DefaultCamelContext();
    private LalalComponent lalal;
    private final List<LalalHealthCheck> checks = new ArrayList<>();

    @BeforeEach
    void start() {
        lalal = new LalalComponent();
        LALAL.configure(lalal, false);
        context.addComponent("lalal", lalal);
        context.start();
    }

    @AfterEach
    void stop() {
        checks.forEach(LalalHealthCheck::close);
        context.stop();
    }

    private LalalHealthCheck check(Duration refresh) {
        LalalHealthCheck check = new LalalHealthCheck("lalal-refresh", lalal, refresh);
        check.setCamelContext(context);
        checks.add(check);
        return check;
    }

    @Test
    void anAnswerIsReusedWithinTheRefreshIntervalAndNotAfterIt() {
        LalalHealthCheck reusing = check(Duration.ofMinutes(10));
        assertThat(reusing.call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(reusing.call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(LALAL.emulator(false).requestLog().count(Endpoint.LIMITS)).isOne();

        // an interval of zero: every answer has expired by the next call (on System.nanoTime, no clock to stop)
        LalalHealthCheck expiring = check(Duration.ZERO);
        assertThat(expiring.call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(expiring.call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(expiring.call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(LALAL.emulator(false).requestLog().count(Endpoint.LIMITS)).isEqualTo(4);
    }
}
