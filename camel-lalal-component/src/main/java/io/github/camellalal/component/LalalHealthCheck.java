package io.github.camellalal.component;

import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.component.options.LalalClients;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Producer health check of a lalal component: is the component's license key set and accepted by the service?
 * One {@code get-limits} request answers it; its outcome is kept for {@link #DEFAULT_REFRESH} so that probes
 * polled every few seconds cost at most one request a minute. Readiness only: a rejected key or an outage of
 * the service is no reason to restart the application.
 */
public class LalalHealthCheck extends AbstractHealthCheck {

    /** How long one answer of the service is reused. */
    public static final Duration DEFAULT_REFRESH = Duration.ofMinutes(1);

    private final LalalComponent component;
    private final long refreshNanos;
    private LalalClient ownClient;
    private Outcome last;

    LalalHealthCheck(String id, LalalComponent component, Duration refresh) {
        super("camel", id);
        this.component = component;
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        LalalConfiguration c = component.getConfiguration();
        builder.detail("base.url", c.getBaseUrl());
        if (c.getClient() == null && (c.getApiKey() == null || c.getApiKey().isBlank())) {
            builder.detail("api.key.set", false);
            builder.message("No LALAL.AI license key: set option apiKey on the component"
                    + " (camel.component.lalal.apiKey)");
            builder.down();
            return;
        }
        Outcome outcome = outcome(c);
        builder.detail("checked.at", outcome.checkedAt());
        if (outcome.limits() != null) {
            LicenseLimits l = outcome.limits();
            builder.detail("plan", String.valueOf(l.plan()));
            builder.detail("minutes.left", l.leftMinutes() == null ? "unknown" : l.leftMinutes());
            builder.up();
        } else {
            // the message says it all; a stack trace of a refused key would only bury it in the health output
            builder.message(outcome.error());
            builder.detail("failure", outcome.failure().getClass().getSimpleName());
            if (outcome.failure() instanceof LalalApiException api && api.serviceError() != null) {
                builder.detail("service.error", api.serviceError());
            }
            builder.down();
        }
    }

    /** The cached answer, or a fresh one when it is older than the refresh interval. */
    private synchronized Outcome outcome(LalalConfiguration c) {
        long now = System.nanoTime();
        if (last != null && now - last.nanos() < refreshNanos) {
            return last;
        }
        try {
            last = new Outcome(now, Instant.now().toString(), client(c).limits(), null, null);
        } catch (Exception e) {
            // the client's messages never hold the key; they carry the service's own error text
            last = new Outcome(now, Instant.now().toString(), null, e.getMessage(), e);
        }
        return last;
    }

    private LalalClient client(LalalConfiguration c) throws Exception {
        // measured as the endpoints' calls are: the check's get-limits requests count in lalal.calls too
        if (c.getClient() != null) {
            return component.metrics().instrument(c.getClient());
        }
        if (ownClient == null) {
            // the component's configuration, with the global TLS settings its endpoints get (else an https
            // endpoint the routes reach would look DOWN here)
            LalalConfiguration own = c.copy();
            component.applyGlobalSslContextParameters(own);
            ownClient = component.metrics().instrument(LalalClients.create(component.getCamelContext(),
                    LalalEndpoint.clientOptions(own)));
        }
        return ownClient;
    }

    /** Releases the client the check built for itself. */
    synchronized void close() {
        if (ownClient != null) {
            ownClient.close();
            ownClient = null;
        }
        last = null;
    }

    private record Outcome(long nanos, String checkedAt, LicenseLimits limits, String error, Throwable failure) {
    }
}
