package io.github.camellalal.client.http;

import io.github.camellalal.client.LalalClientConfig;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpEntity;

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
        return LicenseInterceptor.context(LicenseInterceptor.Placement.X_LICENSE_KEY);
    }

    /** The first bytes of a body as text for an error message, control characters escaped, licenses masked. */
    public static String excerpt(byte[] body) {
        return BodyExcerpt.of(body);
    }

    /** A {@code Retry-After} value (seconds or an HTTP date) as a wait, or {@code null}. */
    public static Duration parseRetryAfter(String value) {
        return RetryWait.parseRetryAfter(value);
    }

    /**
     * Waits before retrying a call that is safe to repeat: the service's Retry-After, else a doubling back-off from
     * 200 ms; false, without waiting, when that is longer than {@code maxRetryWait}.
     */
    public static boolean waitBeforeRetry(Duration retryAfter, int attempt, Duration maxRetryWait) {
        return RetryWait.waitBeforeRetry(retryAfter, attempt, maxRetryWait);
    }

    /**
     * The body of a file upload as the v0 adapter sends it (in large pieces, or file to socket on plain http),
     * made for each attempt; refuses a blank name or a missing file before any request.
     */
    public static Supplier<HttpEntity> fileBody(Path file, String fileName) {
        return UploadBodies.file(file, fileName);
    }

    /**
     * The body of a stream upload ({@code length} -1: chunked) in large pieces; the stream is not closed. Refuses a
     * blank name before any request.
     */
    public static Supplier<HttpEntity> streamBody(String fileName, InputStream stream, long length) {
        return UploadBodies.stream(fileName, stream, length);
    }

    /** The body of an upload of bytes in memory; refuses a blank name before any request. */
    public static Supplier<HttpEntity> bytesBody(String fileName, byte[] content) {
        return UploadBodies.bytes(fileName, content);
    }

    /** A {@code Content-Disposition: attachment} value naming the file (RFC 6266, UTF-8 names encoded). */
    public static String attachment(String fileName) {
        return ContentDispositions.attachment(fileName);
    }

    /**
     * What a 407 answer to a request made with {@code context} means, for an error message: the proxy that refused
     * and whether proxy credentials are missing or were refused (never the credentials).
     */
    public static String proxyRefusal(HttpClientContext context) {
        return ProxyAuthentication.refusal(context);
    }

    /** Masks a license in a text. */
    public static String mask(String text) {
        return LicenseMask.mask(text);
    }
}
