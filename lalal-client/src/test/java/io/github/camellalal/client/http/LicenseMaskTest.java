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

    @Test
    void theV1LicenseHeaderIsMaskedWhole() {
        assertThat(LicenseMask.maskHeader("x-license-key", "abc123")).isEqualTo("xxxxxx");
        assertThat(LicenseMask.maskHeader("X-License-Key", "abc 123")).isEqualTo("abc xxxxxx");
        assertThat(LicenseMask.maskHeader("X-License-Key", " abc123")).isEqualTo(" xxxxxx");
    }

    @Test
    void noValueStaysNoValue() {
        assertThat(LicenseMask.maskHeader("Authorization", null)).isNull();
        assertThat(LicenseMask.maskHeader("User-Agent", null)).isNull();
        assertThat(LicenseMask.mask(null)).isNull();
        assertThat(LicenseMask.hideKey(null, "abc123")).isNull();
    }

    @Test
    void theLicenseIsMaskedWhateverTheCaseAndSpacingAndWherever() {
        assertThat(LicenseMask.maskHeader("Cookie", "LICENSE  abc123; x")).isEqualTo("LICENSE  xxxxxx x");
        assertThat(LicenseMask.mask("GET /x?a=1&KEY=abc123 HTTP/1.1")).isEqualTo("GET /x?a=1&KEY=xxxxxx HTTP/1.1");
        assertThat(LicenseMask.mask("no credentials here, monkey=1")).isEqualTo("no credentials here, monkey=1");
    }

    @Test
    void aBlankKeyHidesNothingButKeyParameters() {
        assertThat(LicenseMask.hideKey("a b ?key=abc&x=1", " ")).isEqualTo("a b ?key=xxxxxx&x=1");
        assertThat(LicenseMask.hideKey("a b", "")).isEqualTo("a b");
        assertThat(LicenseMask.hideKey("/x?KEY=abc123", "zzz")).isEqualTo("/x?KEY=xxxxxx");
    }
}
