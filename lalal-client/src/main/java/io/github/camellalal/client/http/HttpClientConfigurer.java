package io.github.camellalal.client.http;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/** A last hook on the Apache HttpClient builder of an adapter (v0 or v1), applied after every other setting. */
@FunctionalInterface
public interface HttpClientConfigurer {

    /** Changes the builder before the client is built. */
    void configure(HttpClientBuilder builder);
}
