package io.github.camellalal.client;

/**
 * Creates clients of one LALAL.AI API. Adapters register an implementation as a {@link java.util.ServiceLoader}
 * service ({@code META-INF/services/io.github.camellalal.client.LalalClientFactory}), so that this package never
 * depends on an adapter: {@link LalalClient#create} picks the one for {@link LalalClientConfig}.
 */
public interface LalalClientFactory {

    /** The API this factory speaks, e.g. {@code v0}. */
    String api();

    /** A new client with its own connection pool. */
    LalalClient create(LalalClientConfig config);
}
