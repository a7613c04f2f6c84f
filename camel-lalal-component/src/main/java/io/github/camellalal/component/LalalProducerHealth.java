package io.github.camellalal.component;

import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;

/**
 * Registers a component's {@link LalalHealthCheck} in Camel's {@code producers} health check repository when its
 * first producer starts, as Camel's own components do; nothing happens when health checks are not set up
 * (camel-health absent or no registry).
 */
final class LalalProducerHealth {

    private final LalalComponent component;
    private WritableHealthCheckRepository repository;
    private LalalHealthCheck check;
    private Duration refresh = LalalHealthCheck.DEFAULT_REFRESH;

    LalalProducerHealth(LalalComponent component) {
        this.component = component;
    }

    /** Called by every starting producer; registers the check once. */
    synchronized void producerStarted(String scheme) {
        if (check != null) {
            return;
        }
        CamelContext context = component.getCamelContext();
        repository = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                WritableHealthCheckRepository.class);
        if (repository == null) {
            return;
        }
        check = new LalalHealthCheck(scheme, component, refresh);
        check.setCamelContext(context);
        check.setEnabled(component.isHealthCheckProducerEnabled());
        repository.addHealthCheck(check);
    }

    /** Removes the check and closes its client, when the component stops. */
    synchronized void stop() {
        if (check != null) {
            repository.removeHealthCheck(check);
            check.close();
            check = null;
        }
    }

    /** The registered check, or {@code null}. */
    synchronized LalalHealthCheck check() {
        return check;
    }

    /** How long one answer is reused; for tests, before the first producer starts. */
    synchronized void setRefresh(Duration refresh) {
        this.refresh = refresh;
    }
}
