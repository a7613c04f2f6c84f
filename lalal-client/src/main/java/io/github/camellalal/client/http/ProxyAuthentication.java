package io.github.camellalal.client.http;

import java.io.IOException;
import org.apache.hc.client5.http.auth.AuthCache;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.impl.auth.BasicAuthCache;
import org.apache.hc.client5.http.impl.auth.BasicScheme;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpStatus;

/**
 * Authentication at the HTTP proxy, first in HttpClient's exec chain so that every call of every adapter goes
 * through it. With credentials it puts a Basic scheme for the proxy into each exchange's auth cache: HttpClient's
 * {@code ProtocolExec} (plain http, the request itself) and {@code ConnectExec} (https, the CONNECT that opens a
 * tunnel) take a cached scheme for the route's proxy as chosen before any challenge, so the first request already
 * carries {@code Proxy-Authorization}. Without that, each request goes out bare, is answered 407 and is sent again,
 * which a stream body cannot be. When a 407 comes back all the same, it notes the proxy for {@link #refusal}.
 */
public final class ProxyAuthentication implements ExecChainHandler {

    /** The name of this handler in the exec chain. */
    static final String NAME = "camel-lalal-proxy-authentication";
    /** Context attribute: the proxy that answered 407 ({@link HttpHost}). */
    private static final String REFUSED_BY = "camel-lalal.proxy-refused-by";
    /** Context attribute: present when the exchange offered the configured credentials to that proxy. */
    private static final String OFFERED = "camel-lalal.proxy-credentials-offered";

    private final HttpHost proxy;
    private final UsernamePasswordCredentials credentials;

    /**
     * @param proxy       the configured proxy, or {@code null}
     * @param credentials its credentials, or {@code null} (then a 407 is only explained)
     */
    ProxyAuthentication(HttpHost proxy, UsernamePasswordCredentials credentials) {
        this.proxy = proxy;
        this.credentials = credentials;
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        HttpClientContext context = scope.clientContext;
        HttpHost routeProxy = scope.route.getProxyHost();
        if (credentials != null && routeProxy != null && routeProxy.equals(proxy)) {
            AuthCache cache = context.getAuthCache();
            if (cache == null) {
                // one cache per exchange: a refusal (which removes the entry) then affects no other call
                cache = new BasicAuthCache();
                context.setAuthCache(cache);
            }
            if (cache.get(proxy) == null) {
                BasicScheme basic = new BasicScheme();
                basic.initPreemptive(credentials);
                cache.put(proxy, basic);
            }
            context.setAttribute(OFFERED, Boolean.TRUE);
        }
        ClassicHttpResponse response = chain.proceed(request, scope);
        if (response.getCode() == HttpStatus.SC_PROXY_AUTHENTICATION_REQUIRED) {
            context.setAttribute(REFUSED_BY, routeProxy);
        }
        return response;
    }

    /**
     * What a 407 answer means, for an error message: which proxy refused, and whether credentials are missing or
     * were refused. Never the credentials themselves.
     */
    public static String refusal(HttpClientContext context) {
        Object refusedBy = context.getAttribute(REFUSED_BY);
        if (!(refusedBy instanceof HttpHost host)) {
            return "HTTP 407: proxy authentication required by a proxy on the way, not a configured one; set "
                    + "proxyHost and proxyPort, and proxyUsername and proxyPassword";
        }
        String from = "HTTP 407 from the proxy " + host.toHostString() + ": ";
        return context.getAttribute(OFFERED) != null
                ? from + "proxy authentication failed: the proxy refused proxyUsername and proxyPassword"
                : from + "proxy authentication required; set proxyUsername and proxyPassword";
    }
}
