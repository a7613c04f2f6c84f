package io.github.camellalal.component.options;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientOptionsTest {

    /** A record prints every component; these options hold the license key and the proxy password. */
    @Test
    void toStringHoldsNeitherTheKeyNorTheProxyPassword() {
        ClientOptions options = new ClientOptions("https://www.lalal.ai", "secret-license-key", "v1", 1, 1, 1, 0, 0,
                "proxy", 3128, "proxy-user", "proxy-secret", null, null);

        assertThat(options.toString()).contains("https://www.lalal.ai", "v1", "proxy")
                .doesNotContain("secret-license-key").doesNotContain("proxy-secret");
    }
}
