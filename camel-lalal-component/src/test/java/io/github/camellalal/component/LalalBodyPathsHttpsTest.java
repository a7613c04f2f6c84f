package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.emulator.TlsConnections;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link LalalBodyPathsTest} over https, as the service is reached: every body kind up, every track down, and every
 * connection the emulator accepted completed its TLS handshake (nothing was sent to it in clear).
 */
class LalalBodyPathsHttpsTest extends LalalBodyPathsTest {

    @Override
    protected boolean overTls() {
        return true;
    }

    @AfterEach
    void everyConnectionSpokeTls() {
        TlsConnections seen = emulator().tlsConnections();
        assertThat(seen.accepted()).isPositive();
        assertThat(seen.handshakesFailed()).as("handshakes that failed: %s", seen).isZero();
    }
}
