package io.github.camellalal.client.v0;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.http.HttpClientConfigurer;
import io.github.camellalal.client.http.HttpLalalClientFactory;

/** Registers the v0 adapter with {@link LalalClient#create}. */
public final class V0LalalClientFactory implements HttpLalalClientFactory {

    /** The API name. */
    public static final String API = "v0";

    /** Creates the factory (ServiceLoader). */
    public V0LalalClientFactory() {
    }

    @Override
    public String api() {
        return API;
    }

    @Override
    public LalalClient create(LalalClientConfig config) {
        return new V0LalalClient(config);
    }

    @Override
    public LalalClient create(LalalClientConfig config, HttpClientConfigurer configurer) {
        return new V0LalalClient(config, configurer);
    }
}
