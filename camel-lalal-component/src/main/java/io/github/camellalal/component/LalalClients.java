package io.github.camellalal.component;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.v0.V0LalalClient;
import org.apache.camel.component.http.HttpClientConfigurer;
import java.time.Duration;
import org.apache.camel.CamelContext;

/**
 * The component's client factory: builds the v0 adapter from an endpoint's options, handing it Camel's own
 * {@link HttpClientConfigurer} (option httpClientConfigurer) as the last hook on its HttpClient builder.
 */
final class LalalClients {

    private LalalClients() {
    }

    static LalalClient create(CamelContext context, LalalConfiguration c) throws Exception {
        LalalClientConfig.Builder b = LalalClientConfig.builder()
                .baseUrl(c.getBaseUrl())
                .apiKey(c.getApiKey())
                .connectTimeout(Duration.ofMillis(c.getConnectTimeout()))
                .responseTimeout(Duration.ofMillis(c.getResponseTimeout()))
                .maxConnections(c.getMaxConnections())
                .maxRetries(c.getMaxRetries())
                .maxRetryWait(Duration.ofMillis(c.getMaxRetryWait()))
                .userAgent("camel-lalal (Apache Camel " + context.getVersion() + ")");
        if (c.getProxyHost() != null && !c.getProxyHost().isBlank()) {
            int port = c.getProxyPort() == null ? 3128 : c.getProxyPort();
            b.proxy("http://" + c.getProxyHost() + ":" + port);
            if (c.getProxyUsername() != null) {
                b.proxyCredentials(c.getProxyUsername(), c.getProxyPassword());
            }
        }
        if (c.getSslContextParameters() != null) {
            b.sslContext(c.getSslContextParameters().createSSLContext(context));
        }
        HttpClientConfigurer configurer = c.getHttpClientConfigurer();
        return new V0LalalClient(b.build(),
                MeteredLalalClient.countingAttempts(configurer == null ? null : configurer::configureHttpClient));
    }
}
