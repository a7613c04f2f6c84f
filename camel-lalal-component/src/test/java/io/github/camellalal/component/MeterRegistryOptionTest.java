package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.component.metrics.LalalMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The component's option meterRegistry, and the meters of a component that stops. */
class MeterRegistryOptionTest {

    private final CamelContext context = new DefaultCamelContext();
    private final SimpleMeterRegistry first = new SimpleMeterRegistry();
    private final SimpleMeterRegistry second = new SimpleMeterRegistry();

    @AfterEach
    void close() {
        context.stop();
    }

    @Test
    void theOptionTakesABeanReferenceAsAPropertyDoes() {
        context.getRegistry().bind("mine", second);
        LalalComponent component = new LalalComponent();
        PropertyBindingSupport.build().withCamelContext(context).withTarget(component)
                .withProperty("meterRegistry", "#mine").bind();
        assertThat(component.getMeterRegistry()).isSameAs(second);
    }

    @Test
    void aStoppedComponentRemovesItsMeters() {
        LalalComponent component = new LalalComponent();
        component.setCamelContext(context);
        component.setMeterRegistry(first);
        LalalMetrics metrics = component.metrics();
        metrics.transferred(io.github.camellalal.client.ApiOperation.UPLOAD, 10);
        assertThat(first.find("lalal.transfer.size").summaries()).hasSize(2);

        component.stop();

        assertThat(first.getMeters()).isEmpty();
    }
}
