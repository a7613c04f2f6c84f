package io.github.camellalal.client.v0;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/** A last hook on the Apache HttpClient builder of the v0 adapter, applied after every other setting. */
@FunctionalInterface
public interface HttpClientConfigurer {

    /** Changes the builder before the client is built. */
    void configure(HttpClientBuilder builder);
}
