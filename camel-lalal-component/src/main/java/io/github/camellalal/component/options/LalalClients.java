package io.github.camellalal.component.options;

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
import java.util.Set;
import org.apache.camel.CamelContext;

/**
 * The component's client factory: builds the adapter of option apiVersion (v0 or v1) from an endpoint's options,
 * handing it Camel's own {@link HttpClientConfigurer} (option httpClientConfigurer) as the last hook on its HttpClient
 * builder. The adapter is the {@link LalalClientFactory} registered for that API ({@link ServiceLoader}), as
 * {@link LalalClient#create} finds it: the component names no adapter class.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class LalalClients {

    /** The operations only API v1 has. */
    private static final Set<String> V1_OPERATIONS = Set.of("cancelAll", "delete", "voicePacks");

    private LalalClients() {
    }

    public static LalalClient create(CamelContext context, ClientOptions c) throws Exception {
        return create(context, c, null);
    }

    /**
     * The checks per minute when option maxChecksPerMinute is not set: v1's rate limit (30), none for v0.
     *
     * @param apiVersion the endpoint's option apiVersion
     */
    public static int defaultChecksPerMinute(String apiVersion) {
        return "v1".equals(apiVersion) ? 30 : 0;
    }

    /** A client whose check requests take slots of {@code budget} (null: no budget). */
    public static LalalClient create(CamelContext context, ClientOptions c, CheckBudget budget) throws Exception {
        LalalClientConfig.Builder b = LalalClientConfig.builder()
                .baseUrl(c.baseUrl())
                .apiKey(c.apiKey())
                .connectTimeout(Duration.ofMillis(c.connectTimeout()))
                .responseTimeout(Duration.ofMillis(c.responseTimeout()))
                .maxConnections(c.maxConnections())
                .maxRetries(c.maxRetries())
                .maxRetryWait(Duration.ofMillis(c.maxRetryWait()))
                .userAgent("camel-lalal (Apache Camel " + context.getVersion() + ")");
        if (c.proxyHost() != null && !c.proxyHost().isBlank()) {
            int port = c.proxyPort() == null ? 3128 : c.proxyPort();
            b.proxy("http://" + c.proxyHost() + ":" + port);
            if (c.proxyUsername() != null) {
                b.proxyCredentials(c.proxyUsername(), c.proxyPassword());
            }
        }
        if (c.sslContextParameters() != null) {
            b.sslContext(c.sslContextParameters().createSSLContext(context));
        }
        HttpClientConfigurer configurer = c.httpClientConfigurer();
        io.github.camellalal.client.http.HttpClientConfigurer counting =
                MeteredLalalClient.countingAttempts(configurer == null ? null : configurer::configureHttpClient);
        io.github.camellalal.client.http.HttpClientConfigurer hook = budget == null ? counting : builder -> {
            budget.install(builder);
            counting.configure(builder);
        };
        LalalClientConfig config = b.apiVersion(c.apiVersion()).build();
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
     *
     * @param operation the endpoint's operation, as its URI names it
     */
    static void requireSupported(String operation, EndpointOptions o) {
        String apiVersion = o.client().apiVersion();
        String api = apiVersion == null || apiVersion.isBlank() ? "v0" : apiVersion.trim();
        if (!api.equals("v0") && !api.equals("v1")) {
            throw new LalalValidationException("apiVersion", apiVersion, "v0, v1");
        }
        if (api.equals("v1")) {
            if (!o.split().enhancedProcessing()) {
                throw LalalValidationException.needsApi("option enhancedProcessing=false", api, "v0");
            }
            return;
        }
        if (V1_OPERATIONS.contains(operation)) {
            throw LalalValidationException.needsApi("operation " + operation, api, "v1");
        }
        SplitOptions options = SplitOptions.fromSettings(o.split());
        if (options.splitType() != SplitType.STEM_SEPARATOR) {
            throw LalalValidationException.needsApi("option splitType=" + options.splitType(), api, "v1");
        }
        requireUnset(o.split().stems(), "stems", api);
        requireUnset(o.split().encoderFormat(), "encoderFormat", api);
        requireUnset(o.split().extractionLevel(), "extractionLevel", api);
        if (o.deleteAfterDownload()) {
            throw LalalValidationException.needsApi("option deleteAfterDownload", api, "v1");
        }
        if (options.splitter() != null && options.splitter().v1Only()) {
            throw LalalValidationException.needsApi("option splitter=" + options.splitter(), api, "v1");
        }
    }

    private static void requireUnset(String value, String option, String api) {
        if (value != null && !value.isBlank()) {
            throw LalalValidationException.needsApi("option " + option, api, "v1");
        }
    }
}
