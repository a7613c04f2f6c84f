package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the client's header log shows of credentials. */
class LicenseMaskTest {

    @Test
    void credentialsKeepOnlyTheirSchemeWord() {
        assertThat(LicenseMask.maskHeader("Authorization", "license abc123")).isEqualTo("license xxxxxx");
        assertThat(LicenseMask.maskHeader("proxy-authorization", "Basic dXNlcjpwYXNz"))
                .isEqualTo("Basic xxxxxx");
        assertThat(LicenseMask.maskHeader("Authorization", "token-without-scheme")).isEqualTo("xxxxxx");
    }

    @Test
    void otherHeadersAndRequestLinesMaskOnlyTheLicense() {
        assertThat(LicenseMask.maskHeader("User-Agent", "camel-lalal")).isEqualTo("camel-lalal");
        assertThat(LicenseMask.mask("/billing/get-limits/?key=abc123&x=1"))
                .isEqualTo("/billing/get-limits/?key=xxxxxx&x=1");
    }

    @Test
    void hideKeyHidesOnlyTheKeysValue() {
        assertThat(LicenseMask.hideKey("Invalid license key", "abc123")).isEqualTo("Invalid license key");
        assertThat(LicenseMask.hideKey("license abc123 expired; abc123", "abc123"))
                .isEqualTo("license xxxxxx expired; xxxxxx");
        assertThat(LicenseMask.hideKey("/billing/get-limits/?key=abc&x=1", null))
                .isEqualTo("/billing/get-limits/?key=xxxxxx&x=1");
    }
}
