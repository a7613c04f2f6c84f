package io.github.camellalal.client.v0;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.http.HttpClientConfigurer;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.config.RequestConfig;
import org.junit.jupiter.api.Test;

/**
 * The README's claim "the key goes only to the API's own host": even when a user's HttpClient settings follow
 * redirects, a redirect from the API to another host (here: the same address on another port) carries no key.
 */
class LicenseHostGuardTest {

    private static final String KEY = "guard-key-5d1e";
    private static final String CHECK_ANSWER = "{\"status\":\"success\",\"result\":{}}";

    @Test
    void aRedirectFromTheApiToAnotherHostCarriesNoKey() throws Exception {
        try (LoopbackServer other = LoopbackServer.answering(200, Map.of("Content-Type", "application/json"),
                CHECK_ANSWER);
             LoopbackServer api = LoopbackServer.answering(307, Map.of("Location", other.url("/api/check/")), "");
             V0LalalClient client = new V0LalalClient(LalalClientConfig.builder().baseUrl(api.url("")).apiKey(KEY)
                     .maxRetries(0).build(), followingRedirects())) {

            client.check(List.of("5f0c9b1e-aaaa-4bbb-8ccc-000000000001"));

            assertThat(api.seen()).singleElement()
                    .satisfies(s -> assertThat(s.authorization()).isEqualTo("license " + KEY));
            assertThat(other.seen()).singleElement().satisfies(s -> {
                assertThat(s.path()).isEqualTo("/api/check/");
                assertThat(s.authorization()).isNull();
            });
        }
    }

    @Test
    void theApiHostItselfGetsTheKey() throws Exception {
        try (LoopbackServer api = LoopbackServer.answering(200, Map.of("Content-Type", "application/json"),
                CHECK_ANSWER);
             V0LalalClient client = new V0LalalClient(LalalClientConfig.builder().baseUrl(api.url("")).apiKey(KEY)
                     .maxRetries(0).build(), followingRedirects())) {

            client.check(List.of("5f0c9b1e-aaaa-4bbb-8ccc-000000000002"));

            assertThat(api.seen()).singleElement()
                    .satisfies(s -> assertThat(s.authorization()).isEqualTo("license " + KEY));
        }
    }

    private static HttpClientConfigurer followingRedirects() {
        return b -> b.setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(true).build());
    }
}
