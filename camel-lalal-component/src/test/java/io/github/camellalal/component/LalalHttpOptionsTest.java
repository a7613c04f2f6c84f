package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.emulator.Endpoint;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.junit.jupiter.api.Test;

/** The HTTP hooks: a proxy, an HttpClient configurer, a ready client bean. */
class LalalHttpOptionsTest extends LalalTestSupport {

    @Test
    void requestsGoThroughTheConfiguredProxy() {
        // lalal.invalid cannot be resolved: only a proxy (here the emulator itself) can answer
        String uri = "lalal:limits?baseUrl=http://lalal.invalid&proxyHost=127.0.0.1&proxyPort="
                + emulator().port();

        LicenseLimits limits = template.requestBody(uri, null, LicenseLimits.class);

        assertThat(limits.plan()).isEqualTo("Plus");
        assertThat(emulator().requestLog().of(Endpoint.LIMITS)).singleElement()
                .satisfies(r -> assertThat(r.header("host")).isEqualTo("lalal.invalid"));
    }

    @Test
    void camelHttpsOwnHttpClientConfigurerRunsLast() {
        HttpClientConfigurer configurer = b -> b.addRequestInterceptorFirst(
                (request, entity, ctx) -> request.addHeader("X-Configured", "yes"));
        context.getRegistry().bind("configurer", configurer);

        template.requestBody("lalal:limits?httpClientConfigurer=#configurer", null, LicenseLimits.class);

        assertThat(emulator().requestLog().of(Endpoint.LIMITS)).singleElement()
                .satisfies(r -> assertThat(r.header("x-configured")).isEqualTo("yes"));
    }

    @Test
    void aReadyClientBeanIsUsedAndNeedsNoKeyOnTheEndpoint() {
        try (LalalClient own = LalalClient.create(LalalClientConfig.builder().baseUrl(emulator().baseUrl())
                .apiKey(KEY).userAgent("own-client").build())) {
            context.getRegistry().bind("ownClient", own);
            LalalComponent keyless = new LalalComponent();
            context.addComponent("lalalown", keyless);

            LicenseLimits limits = template.requestBody("lalalown:limits?client=#ownClient", null,
                    LicenseLimits.class);

            assertThat(limits.plan()).isEqualTo("Plus");
            assertThat(emulator().requestLog().of(Endpoint.LIMITS)).singleElement()
                    .satisfies(r -> assertThat(r.header("user-agent")).isEqualTo("own-client"));
        }
    }
}
