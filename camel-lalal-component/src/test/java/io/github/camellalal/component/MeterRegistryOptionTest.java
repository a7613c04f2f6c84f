package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.component.metrics.LalalMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The component's option meterRegistry: two lalal components of one context, each with its own registry, each count
 * only their own calls; and the meters of a component that stops.
 */
class MeterRegistryOptionTest {

    private static final String KEY = "metrics-apart-key-3d9c";

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey(KEY).build();

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

    private void add(String name, SimpleMeterRegistry registry) {
        LalalComponent lalal = new LalalComponent();
        LALAL.configure(lalal, false);
        lalal.setMeterRegistry(registry);
        context.addComponent(name, lalal);
    }

    @Test
    void eachComponentCountsInItsOwnRegistry() {
        add("lalal", first);
        add("lalal2", second);
        context.start();
        ProducerTemplate template = context.createProducerTemplate();

        for (int i = 0; i < 2; i++) {
            Exchange upload = template.request("lalal:upload", x -> {
                x.getMessage().setBody(TestWav.stereo(500));
                x.getMessage().setHeader(Exchange.FILE_NAME, "first.wav");
            });
            assertThat(upload.getException()).isNull();
        }
        Exchange limits = template.request("lalal2:limits", x -> { });
        assertThat(limits.getException()).isNull();

        assertThat(first.get("lalal.calls").tag("operation", "upload").timer().count()).isEqualTo(2);
        assertThat(first.get("lalal.calls").tag("operation", "limits").timer().count()).isZero();
        assertThat(second.get("lalal.calls").tag("operation", "upload").timer().count()).isZero();
        assertThat(second.get("lalal.calls").tag("operation", "limits").timer().count()).isEqualTo(1);
        assertThat(first.get("lalal.transfer.size").tag("operation", "upload").summary().count()).isEqualTo(2);
        assertThat(second.get("lalal.transfer.size").tag("operation", "upload").summary().count()).isZero();
    }
}
