package io.github.camellalal.component;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.LalalClientFactory;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.http.HttpLalalClientFactory;
import io.github.camellalal.component.metrics.MeteredLalalClient;
import io.github.camellalal.component.tasks.CheckBudget;
import org.apache.camel.component.http.HttpClientConfigurer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.camel.CamelContext;

/**
 * The component's client factory: builds the adapter of option apiVersion (v0 or v1) from an endpoint's options,
 * handing it Camel's own {@link HttpClientConfigurer} (option httpClientConfigurer) as the last hook on its HttpClient
 * builder. The adapter is the {@link LalalClientFactory} registered for that API ({@link ServiceLoader}), as
 * {@link LalalClient#create} finds it: the component names no adapter class.
 */
final class LalalClients {

    private LalalClients() {
    }

    static LalalClient create(CamelContext context, LalalConfiguration c) throws Exception {
        return create(context, c, null);
    }

    /** The checks per minute when option maxChecksPerMinute is not set: v1's rate limit (30), none for v0. */
    static int defaultChecksPerMinute(LalalConfiguration c) {
        return c.getApiVersion() == LalalApiVersion.v1 ? 30 : 0;
    }

    /** A client whose check requests take slots of {@code budget} (null: no budget). */
    static LalalClient create(CamelContext context, LalalConfiguration c, CheckBudget budget) throws Exception {
        LalalClientConfig.Builder b = LalalClientConfig.builder()
                .baseUrl(c.getBaseUrl())
                .apiKey(c.getApiKey())
                .connectTimeout(Duration.ofMillis(c.getConnectTimeout()))
                .responseTimeout(Duration.ofMillis(c.getResponseTimeout()))
                .maxConnections(c.getMaxConnections())
                .maxRetries(c.getMaxRetries())
                .maxRetryWait(Duration.ofMillis(c.getMaxRetryWait()))
                .userAgent("camel-lalal (Apache Camel " + context.getVersion() + ")");
        if (c.getProxyHost() != null && !c.getProxyHost().isBlank()) {
            int port = c.getProxyPort() == null ? 3128 : c.getProxyPort();
            b.proxy("http://" + c.getProxyHost() + ":" + port);
            if (c.getProxyUsername() != null) {
                b.proxyCredentials(c.getProxyUsername(), c.getProxyPassword());
            }
        }
        if (c.getSslContextParameters() != null) {
            b.sslContext(c.getSslContextParameters().createSSLContext(context));
        }
        HttpClientConfigurer configurer = c.getHttpClientConfigurer();
        io.github.camellalal.client.http.HttpClientConfigurer counting =
                MeteredLalalClient.countingAttempts(configurer == null ? null : configurer::configureHttpClient);
        io.github.camellalal.client.http.HttpClientConfigurer hook = budget == null ? counting : builder -> {
            budget.install(builder);
            counting.configure(builder);
        };
        LalalClientConfig config = b.apiVersion(api(c)).build();
        return adapter(config.apiVersion()).create(config, hook);
    }

    /** The registered adapter of {@code api} whose HttpClient takes the component's hooks. */
    private static HttpLalalClientFactory adapter(String api) {
        List<String> found = new ArrayList<>();
        for (LalalClientFactory factory : ServiceLoader.load(LalalClientFactory.class,
                LalalClientFactory.class.getClassLoader())) {
            if (factory.api().equals(api) && factory instanceof HttpLalalClientFactory http) {
                return http;
            }
            found.add(factory.api());
        }
        throw new IllegalStateException("No LALAL.AI client for API '" + api + "' that takes an HttpClientConfigurer"
                + " on the class path; adapters found: " + found);
    }

    /**
     * Refuses, before any request, an operation or option the endpoint's API version does not have, naming it and
     * the version that has it. The only place outside the client that knows which version has what.
     */
    static void requireSupported(LalalOperation operation, LalalConfiguration c) {
        String api = api(c);
        if (api.equals("v1")) {
            if (!c.isEnhancedProcessing()) {
                throw LalalValidationException.needsApi("option enhancedProcessing=false", api, "v0");
            }
            return;
        }
        if (operation == LalalOperation.cancelAll || operation == LalalOperation.delete) {
            throw LalalValidationException.needsApi("operation " + operation, api, "v1");
        }
        SplitOptions options = SplitOptions.fromConfiguration(c);
        if (options.splitType() != SplitType.STEM_SEPARATOR) {
            throw LalalValidationException.needsApi("option splitType=" + options.splitType(), api, "v1");
        }
        requireUnset(c.getStems(), "stems", api);
        requireUnset(c.getEncoderFormat(), "encoderFormat", api);
        requireUnset(c.getExtractionLevel(), "extractionLevel", api);
        if (c.isDeleteAfterDownload()) {
            throw LalalValidationException.needsApi("option deleteAfterDownload", api, "v1");
        }
        if (options.splitter() != null && options.splitter().v1Only()) {
            throw LalalValidationException.needsApi("option splitter=" + options.splitter(), api, "v1");
        }
    }

    /** The endpoint's API version as the client names it; unset is v0. */
    private static String api(LalalConfiguration c) {
        return (c.getApiVersion() == null ? LalalApiVersion.v0 : c.getApiVersion()).name();
    }

    private static void requireUnset(Object value, String option, String api) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            throw LalalValidationException.needsApi("option " + option, api, "v1");
        }
    }
}
