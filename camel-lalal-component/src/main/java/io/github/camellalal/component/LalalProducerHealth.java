package io.github.camellalal.component;

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
        check = new LalalHealthCheck(scheme, component, LalalHealthCheck.DEFAULT_REFRESH);
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
}
