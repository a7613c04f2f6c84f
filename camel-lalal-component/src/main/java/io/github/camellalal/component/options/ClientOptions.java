package io.github.camellalal.component.options;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options a client is built from (see {@link LalalClients}): the connection options of an endpoint, or of the
 * component for its health check, as set. Its {@code toString} leaves out the license key and the proxy password.
 *
 * <p>Not an API: public for the component's own classes only.
 *
 * @param proxyPort            option proxyPort, or {@code null} for the default
 * @param sslContextParameters option sslContextParameters, or {@code null}
 * @param httpClientConfigurer option httpClientConfigurer: Camel's hook on the client's HttpClient builder, or
 *                             {@code null}
 */
public record ClientOptions(String baseUrl, String apiKey, String apiVersion, long connectTimeout,
                            long responseTimeout, int maxConnections, int maxRetries, long maxRetryWait,
                            String proxyHost, Integer proxyPort, String proxyUsername, String proxyPassword,
                            SSLContextParameters sslContextParameters, HttpClientConfigurer httpClientConfigurer) {

    @Override
    public String toString() {
        return "ClientOptions[baseUrl=" + baseUrl + ", apiVersion=" + apiVersion + ", proxyHost=" + proxyHost
                + ", proxyPort=" + proxyPort + "]";
    }
}
