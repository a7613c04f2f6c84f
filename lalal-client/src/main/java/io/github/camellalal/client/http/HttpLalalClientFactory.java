package io.github.camellalal.client.http;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.LalalClientFactory;

/**
 * A {@link LalalClientFactory} of an adapter built on this package's Apache HttpClient: besides a plain client it
 * creates one whose HttpClient builder a {@link HttpClientConfigurer} changes last (interceptors, metrics, a
 * user's own settings). Registered as a {@link LalalClientFactory} service like any adapter; a caller that has a
 * configurer looks for this type among the registered factories.
 */
public interface HttpLalalClientFactory extends LalalClientFactory {

    /**
     * A new client with its own connection pool, its HttpClient builder changed last by {@code configurer} (may be
     * null).
     */
    LalalClient create(LalalClientConfig config, HttpClientConfigurer configurer);
}
