package io.github.camellalal.client.v1;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.LalalClientFactory;

/** Registers the v1 adapter with {@link LalalClient#create}. */
public final class V1LalalClientFactory implements LalalClientFactory {

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
}
