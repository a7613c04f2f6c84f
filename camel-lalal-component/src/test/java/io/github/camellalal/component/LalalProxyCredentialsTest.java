package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.AuthenticatingProxy;
import io.github.camellalal.client.AuthenticatingProxy.Kind;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.RecordedRequest;
import java.io.IOException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.converter.stream.InputStreamCache;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routes through an HTTP proxy that wants Basic credentials, set as the component's proxy options: every request
 * (over https: every CONNECT) carries them from the start, so a stream cache body is sent once and no 407 is ever
 * answered; without them the exchange fails with an error that says to set them. {@link
 * LalalProxyCredentialsHttpsTest} runs the same routes to an https service through CONNECT tunnels.
 */
class LalalProxyCredentialsTest extends LalalTestSupport {

    private static final String USER = "route-proxy-user";
    private static final String PASSWORD = "route-proxy-pw-5d1e";
    private static final byte[] WAV = TestWav.stereo(2000);
    private static AuthenticatingProxy proxy;

    @BeforeAll
    static void startProxy() throws IOException {
        proxy = AuthenticatingProxy.start(USER, PASSWORD);
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        proxy.clear();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        LalalConfiguration c = context.getComponent("lalal", LalalComponent.class).getConfiguration();
        c.setProxyHost(proxy.host());
        c.setProxyPort(proxy.port());
        c.setProxyUsername(USER);
        c.setProxyPassword(PASSWORD);
        LalalComponent bare = newComponent();
        bare.getConfiguration().setProxyHost(proxy.host());
        bare.getConfiguration().setProxyPort(proxy.port());
        context.addComponent("lalalbare", bare);
        return context;
    }

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:upload").to("lalal:upload");
        routes.from("direct:process").to("lalal:process?pollInterval=100").convertBodyTo(byte[].class);
        routes.from("direct:bare").to("lalalbare:upload");
    }

    private Exchange send(String endpoint, Object body) {
        return template.request(endpoint, x -> {
            x.getMessage().setBody(body);
            x.getMessage().setHeader(LalalConstants.FILE_NAME, "cached.wav");
        });
    }

    @Test
    void streamCacheBodiesUploadAndProcessWithCredentialsOnEveryRequest() {
        Exchange uploaded = send("direct:upload", new InputStreamCache(WAV));
        Exchange processed = send("direct:process", new InputStreamCache(WAV));
        LicenseLimits limits = template.requestBody("lalal:limits", null, LicenseLimits.class);

        assertThat(uploaded.getException()).isNull();
        assertThat(uploaded.getMessage().getHeader(LalalConstants.FILE_ID, String.class)).isNotBlank();
        assertThat(processed.getException()).isNull();
        assertThat(processed.getMessage().getBody(byte[].class)).hasSameSizeAs(WAV);
        assertThat(limits.plan()).isEqualTo("Plus");
        assertThat(emulator().requestLog().of(Endpoint.UPLOAD)).hasSize(2)
                .allSatisfy(r -> assertThat(r.bodyBytes()).isEqualTo(WAV.length));
        assertThat(emulator().requestLog().of(Endpoint.DOWNLOAD)).hasSize(1);
        assertEveryRequestCarriedTheCredentials();
    }

    /**
     * No 407, and the proxy saw each request once with the credentials (plain http), or each connection's CONNECT
     * once with them (https: the requests themselves travel inside the tunnels).
     */
    private void assertEveryRequestCarriedTheCredentials() {
        assertThat(proxy.challenges()).isZero();
        assertThat(proxy.withoutValidCredentials()).isEmpty();
        if (overTls()) {
            assertThat(emulator().requestLog().all()).allMatch(RecordedRequest::secure);
            assertThat(proxy.count(Kind.FORWARD)).isZero();
            assertThat(proxy.count(Kind.CONNECT)).isPositive()
                    .isEqualTo(emulator().tlsConnections().handshakesCompleted());
        } else {
            assertThat(proxy.count(Kind.CONNECT)).isZero();
            assertThat(proxy.count(Kind.FORWARD)).isEqualTo(emulator().requestLog().all().size());
        }
    }

    @Test
    void v1EndpointsSendTheCredentialsToo() {
        Exchange uploaded = send("lalal:upload?apiVersion=v1", new InputStreamCache(WAV));
        LicenseLimits limits = template.requestBody("lalal:limits?apiVersion=v1", null, LicenseLimits.class);

        assertThat(uploaded.getException()).isNull();
        assertThat(limits).isNotNull();
        assertThat(emulator().requestLog().all()).extracting(RecordedRequest::path)
                .allSatisfy(path -> assertThat(path).startsWith("/api/v1/"));
        assertThat(emulator().requestLog().all()).hasSize(2);
        assertEveryRequestCarriedTheCredentials();
    }

    @Test
    void withoutCredentialsTheExchangeFailsOnceSayingWhatToSet() {
        Exchange e = send("direct:bare", new InputStreamCache(WAV));

        assertThat(e.getException()).isInstanceOfSatisfying(LalalApiException.class, x -> {
            assertThat(x.httpStatus()).isEqualTo(407);
            assertThat(x.getMessage()).isEqualTo("LALAL.AI upload failed: HTTP 407 from the proxy " + proxy.host()
                    + ":" + proxy.port() + ": proxy authentication required; set proxyUsername and proxyPassword");
        });
        // over https the refused CONNECT ends the call before a byte of the body is read
        assertThat(proxy.seen()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(overTls() ? Kind.CONNECT : Kind.FORWARD);
            assertThat(s.credentials()).isEqualTo(AuthenticatingProxy.Credentials.NONE);
        });
        assertThat(emulator().requestLog().all()).isEmpty();
    }
}
