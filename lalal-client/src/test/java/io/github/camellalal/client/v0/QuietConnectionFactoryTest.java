package io.github.camellalal.client.v0;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the client's header log shows of credentials. */
class QuietConnectionFactoryTest {

    @Test
    void credentialsKeepOnlyTheirSchemeWord() {
        assertThat(QuietConnectionFactory.maskHeader("Authorization", "license abc123")).isEqualTo("license xxxxxx");
        assertThat(QuietConnectionFactory.maskHeader("proxy-authorization", "Basic dXNlcjpwYXNz"))
                .isEqualTo("Basic xxxxxx");
        assertThat(QuietConnectionFactory.maskHeader("Authorization", "token-without-scheme")).isEqualTo("xxxxxx");
    }

    @Test
    void otherHeadersAndRequestLinesMaskOnlyTheLicense() {
        assertThat(QuietConnectionFactory.maskHeader("User-Agent", "camel-lalal")).isEqualTo("camel-lalal");
        assertThat(QuietConnectionFactory.mask("/billing/get-limits/?key=abc123&x=1"))
                .isEqualTo("/billing/get-limits/?key=xxxxxx&x=1");
    }
}
