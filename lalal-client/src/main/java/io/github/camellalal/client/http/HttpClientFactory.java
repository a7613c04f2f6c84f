package io.github.camellalal.client.http;

import io.github.camellalal.client.LalalClientConfig;
import java.io.IOException;
import java.net.Proxy;
import java.net.Socket;
import java.net.URI;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SchemePortResolver;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.DetachedSocketFactory;
import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/** Builds the Apache HttpClient the adapters use from a {@link LalalClientConfig}. */
public final class HttpClientFactory {

    private HttpClientFactory() {
    }

    static HttpHost apiHost(LalalClientConfig config) {
        URI base = config.baseUrl();
        int port = base.getPort() != -1 ? base.getPort() : base.getScheme().equals("https") ? 443 : 80;
        return new HttpHost(base.getScheme(), base.getHost(), port);
    }

    /** An HttpClient for {@code config}; {@code configurer} (may be null) changes its builder last. */
    public static CloseableHttpClient create(LalalClientConfig config, HttpClientConfigurer configurer) {
        Timeout connect = Timeout.of(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        Timeout response = Timeout.of(config.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        PoolingHttpClientConnectionManagerBuilder pool = new ChannelSocketPoolBuilder(config.proxy() == null)
                .setConnectionFactory(new QuietConnectionFactory())
                .setMaxConnTotal(config.maxConnections())
                .setMaxConnPerRoute(config.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect)
                        .setSocketTimeout(response).build())
                .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(response).build());
        if (config.sslContext() != null || config.hostnameVerifier() != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(
                    config.sslContext() != null ? config.sslContext() : sslDefault(),
                    config.hostnameVerifier() != null ? HostnameVerificationPolicy.CLIENT
                            : HostnameVerificationPolicy.BOTH,
                    config.hostnameVerifier()));
        }
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool.build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(response)
                        .setRedirectsEnabled(false).build())
                // Retries are a decision per operation (see RetryPolicy), never HttpClient's default.
                .disableAutomaticRetries()
                .setUserAgent(config.userAgent())
                .addRequestInterceptorLast(new LicenseInterceptor(apiHost(config), config.apiKey()))
                .addResponseInterceptorLast(ChannelBodies.INTERCEPTOR);
        HttpHost proxy = null;
        UsernamePasswordCredentials proxyCredentials = null;
        if (config.proxy() != null) {
            URI p = config.proxy();
            proxy = new HttpHost(p.getScheme() == null ? "http" : p.getScheme(), p.getHost(),
                    p.getPort() == -1 ? 3128 : p.getPort());
            builder.setProxy(proxy);
            if (config.proxyUser() != null) {
                proxyCredentials = new UsernamePasswordCredentials(config.proxyUser(),
                        config.proxyPassword() == null ? new char[0] : config.proxyPassword().toCharArray());
                // Basic goes out preemptively (ProxyAuthentication); the provider answers a proxy that challenges
                // for another scheme, such as Digest, on a body that can be sent again.
                BasicCredentialsProvider provider = new BasicCredentialsProvider();
                provider.setCredentials(new AuthScope(proxy), proxyCredentials);
                builder.setDefaultCredentialsProvider(provider);
            }
        }
        builder.addExecInterceptorFirst(ProxyAuthentication.NAME, new ProxyAuthentication(proxy, proxyCredentials));
        if (configurer != null) {
            configurer.configure(builder);
        }
        return builder.build();
    }

    /**
     * Sockets for plain http opened through {@code SocketChannel}, so that an uploaded file can go from the file to
     * the socket in the kernel (see {@link FileSendingOutputStream}) and a track from the socket to its file through
     * one direct buffer (see {@link ChannelBodyInputStream}). Sockets that will carry TLS are plain {@link Socket}s:
     * a channel's socket switches its blocking mode twice on every read with a timeout (JDK 17), which halves the
     * rate of a TLS download, and TLS never uses the channel. Behind an HTTP proxy the first hop's scheme does not
     * tell whether TLS follows (a CONNECT tunnel), so proxied connections are plain sockets too.
     */
    private static final class ChannelSocketPoolBuilder extends PoolingHttpClientConnectionManagerBuilder {
        private final boolean channelsForPlainHttp;

        ChannelSocketPoolBuilder(boolean channelsForPlainHttp) {
            this.channelsForPlainHttp = channelsForPlainHttp;
        }

        @Override
        protected HttpClientConnectionOperator createConnectionOperator(SchemePortResolver schemePortResolver,
                DnsResolver dnsResolver, TlsSocketStrategy tlsSocketStrategy) {
            return new DefaultHttpClientConnectionOperator(new SchemeSockets(channelsForPlainHttp),
                    schemePortResolver, dnsResolver, RegistryBuilder.<TlsSocketStrategy>create()
                            .register(URIScheme.HTTPS.id, tlsSocketStrategy).build());
        }
    }

    /** Chooses a connection's socket by the scheme of its first hop (see {@link ChannelSocketPoolBuilder}). */
    record SchemeSockets(boolean channelsForPlainHttp) implements DetachedSocketFactory {
        @Override
        public Socket create(Proxy socks) throws IOException {
            return socks == null ? new Socket() : new Socket(socks);
        }

        @Override
        public Socket create(String scheme, Proxy socks) throws IOException {
            if (socks == null && channelsForPlainHttp && URIScheme.HTTP.same(scheme)) {
                return SocketChannel.open().socket();
            }
            return create(socks);
        }
    }

    private static javax.net.ssl.SSLContext sslDefault() {
        try {
            return javax.net.ssl.SSLContext.getDefault();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("No default TLS context", e);
        }
    }
}
