package io.github.camellalal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/**
 * What a configuration holds when a setting is left out, what it keeps when one is given, and that its text never
 * shows the license key or the proxy password.
 */
class LalalClientConfigDefaultsTest {

    @Test
    void unsetSettingsTakeTheDocumentedDefaults() {
        LalalClientConfig c = LalalClientConfig.builder().build();

        assertThat(c.baseUrl()).isEqualTo(URI.create("https://www.lalal.ai"));
        assertThat(c.apiKey()).isNull();
        assertThat(c.hasApiKey()).isFalse();
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.responseTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.maxRetryWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.maxConnections()).isEqualTo(100);
        assertThat(c.maxRetries()).isEqualTo(2);
        assertThat(c.proxy()).isNull();
        assertThat(c.proxyUser()).isNull();
        assertThat(c.proxyPassword()).isNull();
        assertThat(c.sslContext()).isNull();
        assertThat(c.hostnameVerifier()).isNull();
        assertThat(c.userAgent()).isEqualTo("camel-lalal");
        assertThat(c.apiVersion()).isEqualTo("v0");
    }

    @Test
    void givenSettingsAreKept() throws Exception {
        SSLContext tls = SSLContext.getDefault();
        HostnameVerifier verifier = (host, session) -> true;
        LalalClientConfig c = LalalClientConfig.builder().baseUrl(" https://127.0.0.1:8443/ ").apiKey("k")
                .connectTimeout(Duration.ofMillis(1)).responseTimeout(Duration.ofMillis(2)).maxConnections(1)
                .maxRetries(0).maxRetryWait(Duration.ofMillis(3)).proxy("http://127.0.0.1:3128")
                .proxyCredentials("u", "p").sslContext(tls).hostnameVerifier(verifier).userAgent("agent/1")
                .apiVersion(" v1 ").build();

        assertThat(c.baseUrl()).isEqualTo(URI.create("https://127.0.0.1:8443"));
        assertThat(c.apiKey()).isEqualTo("k");
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofMillis(1));
        assertThat(c.responseTimeout()).isEqualTo(Duration.ofMillis(2));
        assertThat(c.maxConnections()).isEqualTo(1);
        assertThat(c.maxRetries()).isZero();
        assertThat(c.maxRetryWait()).isEqualTo(Duration.ofMillis(3));
        assertThat(c.proxy()).isEqualTo(URI.create("http://127.0.0.1:3128"));
        assertThat(c.proxyUser()).isEqualTo("u");
        assertThat(c.proxyPassword()).isEqualTo("p");
        assertThat(c.sslContext()).isSameAs(tls);
        assertThat(c.hostnameVerifier()).isSameAs(verifier);
        assertThat(c.userAgent()).isEqualTo("agent/1");
        assertThat(c.apiVersion()).isEqualTo("v1");
    }

    @Test
    void aBlankApiVersionIsTheDefaultAndAnUnknownOneIsRefused() {
        assertThat(LalalClientConfig.builder().apiVersion(" ").build().apiVersion()).isEqualTo("v0");
        assertThat(LalalClientConfig.builder().apiVersion("v0").build().apiVersion()).isEqualTo("v0");
        assertThatThrownBy(() -> LalalClientConfig.builder().apiVersion("v2").build())
                .isInstanceOf(LalalValidationException.class)
                .hasMessage("Invalid value for option 'apiVersion': 'v2'; allowed: v0, v1");
    }

    @Test
    void aBlankKeyIsNoKey() {
        assertThat(LalalClientConfig.builder().apiKey(" ").build().hasApiKey()).isFalse();
        assertThat(LalalClientConfig.builder().apiKey("k").build().hasApiKey()).isTrue();
    }

    @Test
    void theBaseUrlNeedsASchemeAHostAndNoFragment() {
        assertThatThrownBy(() -> LalalClientConfig.builder().baseUrl("127.0.0.1:8080").build())
                .isInstanceOf(LalalValidationException.class).hasMessageContaining("'baseUrl'")
                .hasMessageContaining("an absolute http or https URL without query or fragment");
        assertThatThrownBy(() -> LalalClientConfig.builder().baseUrl("//127.0.0.1").build())
                .isInstanceOf(LalalValidationException.class).hasMessageContaining("'baseUrl': '//127.0.0.1'");
        assertThatThrownBy(() -> LalalClientConfig.builder().baseUrl("http:/path").build())
                .isInstanceOf(LalalValidationException.class).hasMessageContaining("'baseUrl'");
        assertThatThrownBy(() -> LalalClientConfig.builder().baseUrl("http://127.0.0.1/#top").build())
                .isInstanceOf(LalalValidationException.class).hasMessageContaining("'baseUrl'");
        assertThatThrownBy(() -> LalalClientConfig.builder().baseUrl(null))
                .isInstanceOf(LalalValidationException.class).hasMessageContaining("'baseUrl': (none)");
        assertThat(LalalClientConfig.builder().baseUrl("http://127.0.0.1").build().baseUrl())
                .isEqualTo(URI.create("http://127.0.0.1"));
    }

    @Test
    void theSmallestAllowedValuesBuild() {
        LalalClientConfig c = LalalClientConfig.builder().connectTimeout(Duration.ofMillis(1))
                .responseTimeout(Duration.ofMillis(1)).maxRetryWait(Duration.ZERO).maxConnections(1).maxRetries(0)
                .build();

        assertThat(c.maxConnections()).isOne();
        assertThat(c.maxRetries()).isZero();
        assertThat(c.maxRetryWait()).isZero();
        assertThatThrownBy(() -> LalalClientConfig.builder().responseTimeout(Duration.ofMillis(-1)).build())
                .isInstanceOf(LalalValidationException.class)
                .hasMessage("Invalid value for option 'responseTimeout': '-1 ms'; allowed: above 0");
        assertThatThrownBy(() -> LalalClientConfig.builder().connectTimeout(Duration.ZERO).build())
                .hasMessage("Invalid value for option 'connectTimeout': '0 ms'; allowed: above 0");
        assertThatThrownBy(() -> LalalClientConfig.builder().maxRetryWait(Duration.ofMillis(-5)).build())
                .hasMessage("Invalid value for option 'maxRetryWait': '-5 ms'; allowed: 0 or more");
        assertThatThrownBy(() -> LalalClientConfig.builder().maxConnections(-1).build())
                .hasMessage("Invalid value for option 'maxConnections': '-1'; allowed: a number above 0");
        assertThatThrownBy(() -> LalalClientConfig.builder().maxRetries(-1).build())
                .hasMessage("Invalid value for option 'maxRetries': '-1'; allowed: 0 or more");
    }

    @Test
    void theTextShowsEverySettingButNeitherSecret() {
        String text = LalalClientConfig.builder().baseUrl("http://127.0.0.1:9").apiKey("secret-key-1")
                .proxy("http://127.0.0.1:3128").proxyCredentials("user", "secret-pass").userAgent("ua")
                .apiVersion("v1").maxRetries(4).maxConnections(7).build().toString();

        assertThat(text).doesNotContain("secret-key-1").doesNotContain("secret-pass")
                .isEqualTo("LalalClientConfig[baseUrl=http://127.0.0.1:9, apiKey=xxxxxx, connectTimeout=PT30S, "
                        + "responseTimeout=PT1M, maxConnections=7, maxRetries=4, maxRetryWait=PT30S, "
                        + "proxy=http://127.0.0.1:3128, proxyUser=user, proxyPassword=xxxxxx, userAgent=ua, "
                        + "apiVersion=v1]");
        assertThat(LalalClientConfig.builder().build().toString()).contains("apiKey=(none)")
                .contains("proxyPassword=(none)").contains("proxy=null");
    }
}
