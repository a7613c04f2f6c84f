package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.auth.AuthCache;
import org.apache.hc.client5.http.auth.AuthScheme;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecRuntime;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.auth.BasicAuthCache;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Proxy authentication in the exec chain, as a unit: a Basic scheme for the configured proxy is cached before the
 * request goes out (so the first request carries Proxy-Authorization), nothing for other routes, and a 407 is
 * explained naming the proxy and what to set, never the credentials.
 */
class ProxyAuthenticationTest {

    private static final HttpHost TARGET = new HttpHost("http", "127.0.0.1", 8080);
    private static final HttpHost PROXY = new HttpHost("http", "127.0.0.1", 3128);
    private static final UsernamePasswordCredentials CREDENTIALS =
            new UsernamePasswordCredentials("proxy-user", "proxy-secret".toCharArray());

    /** The handler never touches the connection: a runtime whose every method fails. */
    private static final ExecRuntime UNUSED_RUNTIME = (ExecRuntime) Proxy.newProxyInstance(
            ExecRuntime.class.getClassLoader(), new Class<?>[] {ExecRuntime.class}, (p, m, a) -> {
                throw new UnsupportedOperationException(m.getName());
            });

    /** The Proxy-Authorization the scheme cached for the proxy would send when the chain went on, per call. */
    private final List<String> cachedWhenSent = new ArrayList<>();

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.US_ASCII));
    }

    private HttpClientContext run(ProxyAuthentication handler, HttpRoute route, int status,
            HttpClientContext context) throws Exception {
        HttpGet get = new HttpGet("http://127.0.0.1:8080/x");
        ExecChain chain = (request, scope) -> {
            AuthCache cache = scope.clientContext.getAuthCache();
            AuthScheme scheme = cache == null ? null : cache.get(PROXY);
            cachedWhenSent.add(scheme == null ? null : scheme.generateAuthResponse(PROXY, request,
                    scope.clientContext));
            return new BasicClassicHttpResponse(status);
        };
        ClassicHttpResponse response = handler.execute(get, new ExecChain.Scope("ex-1", route, get, UNUSED_RUNTIME,
                context),
                chain);
        assertThat(response.getCode()).isEqualTo(status);
        return context;
    }

    private HttpClientContext run(ProxyAuthentication handler, HttpRoute route, int status) throws Exception {
        return run(handler, route, status, HttpClientContext.create());
    }

    @Test
    void aBasicSchemeForTheConfiguredProxyIsCachedBeforeTheRequest() throws Exception {
        run(new ProxyAuthentication(PROXY, CREDENTIALS), new HttpRoute(TARGET, PROXY), 200);

        assertThat(cachedWhenSent).containsExactly(basic("proxy-user", "proxy-secret"));
    }

    @Test
    void aSchemeAlreadyCachedInTheExchangeIsKept() throws Exception {
        HttpClientContext context = HttpClientContext.create();
        BasicAuthCache cache = new BasicAuthCache();
        org.apache.hc.client5.http.impl.auth.BasicScheme earlier = new org.apache.hc.client5.http.impl.auth
                .BasicScheme();
        earlier.initPreemptive(new UsernamePasswordCredentials("other", "pw".toCharArray()));
        cache.put(PROXY, earlier);
        context.setAuthCache(cache);

        run(new ProxyAuthentication(PROXY, CREDENTIALS), new HttpRoute(TARGET, PROXY), 200, context);

        assertThat(context.getAuthCache()).isSameAs(cache);
        assertThat(cachedWhenSent).containsExactly(basic("other", "pw"));
    }

    @Test
    void noSchemeWithoutCredentialsOrForAnotherRoute() throws Exception {
        run(new ProxyAuthentication(PROXY, null), new HttpRoute(TARGET, PROXY), 200);
        run(new ProxyAuthentication(PROXY, CREDENTIALS), new HttpRoute(TARGET), 200);
        run(new ProxyAuthentication(PROXY, CREDENTIALS),
                new HttpRoute(TARGET, new HttpHost("http", "127.0.0.1", 3129)), 200);
        run(new ProxyAuthentication(null, CREDENTIALS), new HttpRoute(TARGET, PROXY), 200);

        assertThat(cachedWhenSent).containsExactly(null, null, null, null);
    }

    @Test
    void a407WithoutAConfiguredProxyPointsToTheProxyOptions() throws Exception {
        HttpClientContext context = run(new ProxyAuthentication(null, null), new HttpRoute(TARGET), 407);
        assertThat(ProxyAuthentication.refusal(context)).isEqualTo("HTTP 407: proxy authentication required by a"
                + " proxy on the way, not a configured one; set proxyHost and proxyPort, and proxyUsername and"
                + " proxyPassword");
    }

    @Test
    void a407FromTheProxyWithoutCredentialsAsksForThem() throws Exception {
        HttpClientContext context = run(new ProxyAuthentication(PROXY, null), new HttpRoute(TARGET, PROXY), 407);
        assertThat(ProxyAuthentication.refusal(context)).isEqualTo("HTTP 407 from the proxy 127.0.0.1:3128: proxy"
                + " authentication required; set proxyUsername and proxyPassword");
    }

    @Test
    void a407FromTheProxyAfterCredentialsSaysTheyWereRefused() throws Exception {
        HttpClientContext context = run(new ProxyAuthentication(PROXY, CREDENTIALS), new HttpRoute(TARGET, PROXY),
                407);
        String refusal = ProxyAuthentication.refusal(context);
        assertThat(refusal).isEqualTo("HTTP 407 from the proxy 127.0.0.1:3128: proxy authentication failed: the"
                + " proxy refused proxyUsername and proxyPassword");
        assertThat(refusal).doesNotContain("proxy-user", "proxy-secret");
    }

    @Test
    void anotherAnswerNotesNoRefusal() throws Exception {
        HttpClientContext context = run(new ProxyAuthentication(PROXY, CREDENTIALS), new HttpRoute(TARGET, PROXY),
                403);
        assertThat(ProxyAuthentication.refusal(context)).startsWith("HTTP 407: proxy authentication required by a"
                + " proxy on the way");
    }
}
