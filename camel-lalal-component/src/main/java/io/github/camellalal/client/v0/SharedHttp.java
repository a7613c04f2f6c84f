package io.github.camellalal.client.v0;

import io.github.camellalal.client.LalalClientConfig;
import java.time.Duration;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;

/**
 * The HTTP plumbing of the v0 adapter, opened to other adapters of this client (API v1) so that they share one
 * connection setup, one license interceptor (the key only ever goes to the API's host) and one log masking.
 */
public final class SharedHttp {

    private SharedHttp() {
    }

    /** An HttpClient as the v0 adapter builds it; {@code configurer} (may be null) changes its builder last. */
    public static CloseableHttpClient create(LalalClientConfig config, HttpClientConfigurer configurer) {
        return HttpClientFactory.create(config, configurer);
    }

    /** A request context asking the license interceptor for header {@code X-License-Key} (API host only). */
    public static HttpClientContext licensedWithHeader() {
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(LicenseInterceptor.ATTRIBUTE, LicenseInterceptor.Placement.X_LICENSE_KEY);
        return context;
    }

    /** The first bytes of a body as text for an error message, control characters escaped, licenses masked. */
    public static String excerpt(byte[] body) {
        return ApiCaller.excerpt(body);
    }

    /** A {@code Retry-After} value (seconds or an HTTP date) as a wait, or {@code null}. */
    public static Duration parseRetryAfter(String value) {
        return ApiCaller.parseRetryAfter(value);
    }

    /** A {@code Content-Disposition: attachment} value naming the file (RFC 6266, UTF-8 names encoded). */
    public static String attachment(String fileName) {
        return ContentDispositions.attachment(fileName);
    }

    /** Masks a license in a text. */
    public static String mask(String text) {
        return QuietConnectionFactory.mask(text);
    }
}
