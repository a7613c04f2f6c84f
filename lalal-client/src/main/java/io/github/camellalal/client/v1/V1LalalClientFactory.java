package io.github.camellalal.client.v1;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.http.HttpClientConfigurer;
import io.github.camellalal.client.http.HttpLalalClientFactory;

/** Registers the v1 adapter with {@link LalalClient#create}. */
public final class V1LalalClientFactory implements HttpLalalClientFactory {

    /** The API name. */
    public static final String API = "v1";

    /** Creates the factory (ServiceLoader). */
    public V1LalalClientFactory() {
    }

    @Override
    public String api() {
        return API;
    }

    @Override
    public LalalClient create(LalalClientConfig config) {
        return new V1LalalClient(config);
    }

    @Override
    public LalalClient create(LalalClientConfig config, HttpClientConfigurer configurer) {
        return new V1LalalClient(config, configurer);
    }
}
