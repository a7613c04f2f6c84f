package io.github.camellalal.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;

/**
 * Settings of a {@link LalalClient}. Immutable; {@link #toString()} never shows the license key.
 *
 * @param baseUrl           the service's base URL, e.g. {@code https://www.lalal.ai}; the license is sent only to
 *                          this URL's host
 * @param apiKey            the license key
 * @param connectTimeout    how long to wait for a connection
 * @param responseTimeout   how long to wait for data of an answer (between packets, not for the whole answer)
 * @param maxConnections    the connection pool's size
 * @param maxRetries        how often a call that is safe to repeat (check, cancel, limits) is retried after a
 *                          transport failure, 429 or 5xx; 0 disables
 * @param maxRetryWait      the longest wait before one retry: a {@code Retry-After} longer than this is not
 *                          waited for; the call fails, carrying the wait the service asked for
 * @param proxy             an HTTP proxy, e.g. {@code http://proxy:3128}, or {@code null}
 * @param proxyUser         user for the proxy, or {@code null}
 * @param proxyPassword     password for the proxy, or {@code null}
 * @param sslContext        TLS settings, or {@code null} for the JVM's defaults
 * @param hostnameVerifier  TLS host name check, or {@code null} for the default
 * @param userAgent         the User-Agent header
 * @param apiVersion        the LALAL.AI API to speak: {@code v0} (default) or {@code v1}
 */
public record LalalClientConfig(URI baseUrl, String apiKey, Duration connectTimeout, Duration responseTimeout,
        int maxConnections, int maxRetries, Duration maxRetryWait, URI proxy, String proxyUser, String proxyPassword,
        SSLContext sslContext, HostnameVerifier hostnameVerifier, String userAgent, String apiVersion) {

    /** The real service. */
    public static final String DEFAULT_BASE_URL = "https://www.lalal.ai";

    private static final String BASE_URL_ALLOWED = "an absolute http or https URL without query or fragment";

    /** Checks the settings. */
    public LalalClientConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (baseUrl.getScheme() == null || baseUrl.getHost() == null
                || !(baseUrl.getScheme().equals("http") || baseUrl.getScheme().equals("https"))
                || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new LalalValidationException("baseUrl", baseUrl, BASE_URL_ALLOWED);
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(30) : connectTimeout;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(60) : responseTimeout;
        maxRetryWait = maxRetryWait == null ? Duration.ofSeconds(30) : maxRetryWait;
        // refused, not corrected: HttpClient would read 0 as "no timeout" and a negative wait as "no retry"
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new LalalValidationException("connectTimeout", connectTimeout.toMillis() + " ms", "above 0");
        }
        if (responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new LalalValidationException("responseTimeout", responseTimeout.toMillis() + " ms", "above 0");
        }
        if (maxRetryWait.isNegative()) {
            throw new LalalValidationException("maxRetryWait", maxRetryWait.toMillis() + " ms", "0 or more");
        }
        if (maxConnections <= 0) {
            throw new LalalValidationException("maxConnections", maxConnections, "a number above 0");
        }
        if (maxRetries < 0) {
            throw new LalalValidationException("maxRetries", maxRetries, "0 or more");
        }
        userAgent = userAgent == null ? "camel-lalal" : userAgent;
        apiVersion = apiVersion == null || apiVersion.isBlank() ? LalalClient.DEFAULT_API : apiVersion.trim();
        if (!apiVersion.equals("v0") && !apiVersion.equals("v1")) {
            throw new LalalValidationException("apiVersion", apiVersion, "v0, v1");
        }
    }

    /** Starts a configuration with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether a license key is set. */
    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    @Override
    public String toString() {
        return "LalalClientConfig[baseUrl=" + baseUrl + ", apiKey=" + (hasApiKey() ? "xxxxxx" : "(none)")
                + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout
                + ", maxConnections=" + maxConnections + ", maxRetries=" + maxRetries + ", maxRetryWait="
                + maxRetryWait + ", proxy=" + proxy + ", proxyUser=" + proxyUser + ", proxyPassword="
                + (proxyPassword == null ? "(none)" : "xxxxxx") + ", userAgent=" + userAgent + ", apiVersion="
                + apiVersion + "]";
    }

    /** Builds a {@link LalalClientConfig}. */
    public static final class Builder {
        private URI baseUrl = URI.create(DEFAULT_BASE_URL);
        private String apiKey;
        private Duration connectTimeout;
        private Duration responseTimeout;
        private int maxConnections = 100;
        private int maxRetries = 2;
        private Duration maxRetryWait;
        private URI proxy;
        private String proxyUser;
        private String proxyPassword;
        private SSLContext sslContext;
        private HostnameVerifier hostnameVerifier;
        private String userAgent;
        private String apiVersion;

        private Builder() {
        }

        /** The service's base URL. */
        public Builder baseUrl(String baseUrl) {
            if (baseUrl == null || baseUrl.isBlank()) {
                throw new LalalValidationException("baseUrl", baseUrl, BASE_URL_ALLOWED);
            }
            try {
                this.baseUrl = URI.create(stripTrailingSlash(baseUrl.trim()));
            } catch (IllegalArgumentException e) {
                throw new LalalValidationException("baseUrl", baseUrl, BASE_URL_ALLOWED);
            }
            return this;
        }

        /** The license key. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** How long to wait for a connection. */
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = d;
            return this;
        }

        /** How long to wait for data of an answer. */
        public Builder responseTimeout(Duration d) {
            this.responseTimeout = d;
            return this;
        }

        /** The connection pool's size. */
        public Builder maxConnections(int n) {
            this.maxConnections = n;
            return this;
        }

        /** Retries of calls that are safe to repeat. */
        public Builder maxRetries(int n) {
            this.maxRetries = n;
            return this;
        }

        /** The longest wait before one retry. */
        public Builder maxRetryWait(Duration d) {
            this.maxRetryWait = d;
            return this;
        }

        /** An HTTP proxy URL, e.g. {@code http://proxy:3128}. */
        public Builder proxy(String proxyUrl) {
            this.proxy = proxyUrl == null ? null : URI.create(proxyUrl);
            return this;
        }

        /** Proxy credentials. */
        public Builder proxyCredentials(String user, String password) {
            this.proxyUser = user;
            this.proxyPassword = password;
            return this;
        }

        /** TLS settings. */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /** TLS host name check. */
        public Builder hostnameVerifier(HostnameVerifier verifier) {
            this.hostnameVerifier = verifier;
            return this;
        }

        /** The User-Agent header. */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /** The LALAL.AI API to speak: {@code v0} (default) or {@code v1}. */
        public Builder apiVersion(String apiVersion) {
            this.apiVersion = apiVersion;
            return this;
        }

        /** Checks and builds. */
        public LalalClientConfig build() {
            return new LalalClientConfig(baseUrl, apiKey, connectTimeout, responseTimeout, maxConnections,
                    maxRetries, maxRetryWait, proxy, proxyUser, proxyPassword, sslContext, hostnameVerifier,
                    userAgent, apiVersion);
        }

        private static String stripTrailingSlash(String s) {
            return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        }
    }
}
