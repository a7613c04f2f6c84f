package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.http.LicenseInterceptor.Placement;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where a request carries the license, and the host guard: only a request that asks for it and goes to the API's
 * own origin (scheme, host and port of baseUrl) gets it; a redirect or a track URL to any other origin never does.
 */
class LicenseInterceptorTest {

    private static final String KEY = "lic+en/se key";
    private static final HttpHost API = new HttpHost("https", "127.0.0.1", 8443);

    private static HttpRequest sent(LicenseInterceptor interceptor, Placement placement, HttpHost target,
            String path) {
        HttpGet get = new HttpGet(path);
        HttpClientContext context = LicenseInterceptor.context(placement);
        if (target != null) {
            context.setRoute(new HttpRoute(target));
        }
        interceptor.process(get, null, context);
        return get;
    }

    private static HttpRequest sent(Placement placement, HttpHost target) {
        return sent(new LicenseInterceptor(API, KEY), placement, target, "/api/v1/check/");
    }

    @Test
    void theHeaderPlacementSendsAuthorizationLicense() {
        HttpRequest r = sent(Placement.HEADER, API);
        assertThat(r.getFirstHeader("Authorization").getValue()).isEqualTo("license " + KEY);
        assertThat(r.getFirstHeader("X-License-Key")).isNull();
        assertThat(r.getPath()).isEqualTo("/api/v1/check/");
    }

    @Test
    void theV1PlacementSendsXLicenseKey() {
        HttpRequest r = sent(Placement.X_LICENSE_KEY, API);
        assertThat(r.getFirstHeader("X-License-Key").getValue()).isEqualTo(KEY);
        assertThat(r.getFirstHeader("Authorization")).isNull();
        assertThat(r.getPath()).isEqualTo("/api/v1/check/");
    }

    @Test
    void theQueryPlacementAppendsTheEncodedKey() {
        LicenseInterceptor interceptor = new LicenseInterceptor(API, KEY);
        HttpRequest bare = sent(interceptor, Placement.QUERY, API, "/billing/get-limits/");
        assertThat(bare.getPath()).isEqualTo("/billing/get-limits/?key=lic%2Ben%2Fse+key");
        assertThat(bare.getHeaders()).isEmpty();
        assertThat(sent(interceptor, Placement.QUERY, API, "/billing/get-limits/?a=1").getPath())
                .isEqualTo("/billing/get-limits/?a=1&key=lic%2Ben%2Fse+key");
    }

    @Test
    void aContextWithoutPlacementAsksForNoLicense() {
        assertThat(LicenseInterceptor.context(null).getAttribute(LicenseInterceptor.ATTRIBUTE)).isNull();
        assertThat(LicenseInterceptor.context(Placement.QUERY).getAttribute(LicenseInterceptor.ATTRIBUTE))
                .isEqualTo(Placement.QUERY);
        HttpRequest r = sent(null, API);
        assertThat(r.getHeaders()).isEmpty();
        assertThat(r.getPath()).isEqualTo("/api/v1/check/");
    }

    @Test
    void anAttributeThatIsNoPlacementAsksForNoLicense() {
        HttpGet get = new HttpGet("/api/v1/check/");
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(LicenseInterceptor.ATTRIBUTE, "HEADER");
        context.setRoute(new HttpRoute(API));
        new LicenseInterceptor(API, KEY).process(get, null, context);
        assertThat(get.getHeaders()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Placement.class)
    void withoutAKeyNothingIsAdded(Placement placement) {
        for (String key : new String[] {null, "", "  "}) {
            HttpRequest r = sent(new LicenseInterceptor(API, key), placement, API, "/billing/get-limits/");
            assertThat(r.getHeaders()).isEmpty();
            assertThat(r.getPath()).isEqualTo("/billing/get-limits/");
        }
    }

    @ParameterizedTest
    @EnumSource(Placement.class)
    void withoutARouteNothingIsAdded(Placement placement) {
        HttpRequest r = sent(new LicenseInterceptor(API, KEY), placement, null, "/billing/get-limits/");
        assertThat(r.getHeaders()).isEmpty();
        assertThat(r.getPath()).isEqualTo("/billing/get-limits/");
    }

    @ParameterizedTest
    @CsvSource({"http, 127.0.0.1, 8443", "https, localhost, 8443", "https, 127.0.0.2, 8443",
            "https, 127.0.0.1, 443", "https, 127.0.0.1, 8444"})
    void anotherOriginNeverGetsTheLicense(String scheme, String host, int port) {
        HttpHost other = new HttpHost(scheme, host, port);
        for (Placement placement : Placement.values()) {
            HttpRequest r = sent(new LicenseInterceptor(API, KEY), placement, other, "/media/x.wav");
            assertThat(r.getHeaders()).as("%s to %s", placement, other).isEmpty();
            assertThat(r.getPath()).isEqualTo("/media/x.wav");
        }
    }

    @Test
    void theHostNameIsComparedWithoutCase() {
        LicenseInterceptor interceptor = new LicenseInterceptor(new HttpHost("https", "LocalHost", 8443), KEY);
        HttpRequest r = sent(interceptor, Placement.HEADER, new HttpHost("HTTPS", "localhost", 8443), "/x");
        assertThat(r.getFirstHeader("Authorization").getValue()).isEqualTo("license " + KEY);
    }

    @ParameterizedTest
    @CsvSource({"https://127.0.0.1/, https, 443", "http://127.0.0.1/, http, 80",
            "http://127.0.0.1:8080/, http, 8080", "https://127.0.0.1:80/, https, 80"})
    void theApiOriginIsBaseUrlsWithItsDefaultPort(String baseUrl, String scheme, int port) {
        LalalClientConfig config = LalalClientConfig.builder().baseUrl(baseUrl).apiKey(KEY).build();
        assertThat(HttpClientFactory.apiHost(config)).isEqualTo(new HttpHost(scheme, "127.0.0.1", port));
    }
}
