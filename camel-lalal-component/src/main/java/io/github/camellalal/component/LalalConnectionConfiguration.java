package io.github.camellalal.component;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of the connection to LALAL.AI: where the service is, the license, the API version, timeouts,
 * retries, proxy and TLS, or a ready client. {@link LalalConfiguration} adds what the operations do; Camel's tooling
 * reads the options of both classes as the component's and the endpoints'.
 */
@UriParams
public abstract class LalalConnectionConfiguration {

    @UriParam(label = "security", secret = true)
    private String apiKey;
    @UriParam(defaultValue = LalalClientConfig.DEFAULT_BASE_URL)
    private String baseUrl = LalalClientConfig.DEFAULT_BASE_URL;
    @UriParam(defaultValue = "v0")
    private LalalApiVersion apiVersion = LalalApiVersion.v0;


    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long connectTimeout = 30_000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private long responseTimeout = 60_000;
    @UriParam(label = "advanced", defaultValue = "100")
    private int maxConnections = 100;
    @UriParam(label = "advanced", defaultValue = "2")
    private int maxRetries = 2;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long maxRetryWait = 30_000;

    @UriParam(label = "proxy")
    private String proxyHost;
    @UriParam(label = "proxy")
    private Integer proxyPort;
    @UriParam(label = "proxy,security", secret = true)
    private String proxyUsername;
    @UriParam(label = "proxy,security", secret = true)
    private String proxyPassword;

    @UriParam(label = "security")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "advanced")
    private HttpClientConfigurer httpClientConfigurer;
    @UriParam(label = "advanced")
    @Metadata(autowired = true)
    private LalalClient client;

    public String getApiKey() {
        return apiKey;
    }

    /**
     * The LALAL.AI license key. Set it once on the component ({@code camel.component.lalal.apiKey}, from a property
     * placeholder or environment variable) so that no endpoint URI holds it; it is sent only to baseUrl's host.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** The service's base URL; change it to point at the emulator or a proxy. */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public LalalApiVersion getApiVersion() {
        return apiVersion;
    }

    /**
     * The LALAL.AI API to speak: v0 (the older API, the default) or v1 (the one LALAL.AI documents today: task ids,
     * batch splits, multistem, voice clean, de-music, output formats, delete, cancel all; check is rate limited,
     * see the component option maxChecksPerMinute). Set on an endpoint, it overrides the component's.
     */
    public void setApiVersion(LalalApiVersion apiVersion) {
        this.apiVersion = apiVersion;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for a connection to the service. */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /** How long to wait for data of an answer (between packets). */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    /** Size of the HTTP connection pool. */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * Retries of calls that are safe to repeat (check, cancel, limits) after a network failure, 429 or 5xx. Upload
     * and split are never retried here: leave them to Camel's error handler.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getMaxRetryWait() {
        return maxRetryWait;
    }

    /** The longest wait before one retry; a longer Retry-After fails the call at once. */
    public void setMaxRetryWait(long maxRetryWait) {
        this.maxRetryWait = maxRetryWait;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /** HTTP proxy host. */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /** HTTP proxy port. */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    /** HTTP proxy user name. */
    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    /** HTTP proxy password. */
    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /** TLS settings for the connection to the service. */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    /**
     * A last hook on Apache HttpClient's builder, applied after every other option: camel-http's own
     * HttpClientConfigurer, so a configurer written for the http component serves here too.
     */
    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public LalalClient getClient() {
        return client;
    }

    /** A ready client to use instead of building one from these options; the endpoint does not close it. */
    public void setClient(LalalClient client) {
        this.client = client;
    }
}
