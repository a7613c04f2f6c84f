package io.github.camellalal.examples.quarkus;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * A MeterRegistry bean, as quarkus-micrometer would provide one: the lalal component finds it through Camel's
 * registry, which sees the application's CDI beans.
 */
public class TestMeterRegistry {

    @Produces
    @Singleton
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
