package io.github.camellalal.component.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which MeterRegistry the component's meters go to. */
class MeterRegistryLookupTest {

    private final CamelContext context = new DefaultCamelContext();
    private final SimpleMeterRegistry first = new SimpleMeterRegistry();
    private final SimpleMeterRegistry second = new SimpleMeterRegistry();

    @AfterEach
    void close() {
        context.stop();
    }

    @Test
    void theOptionWinsOverBeans() {
        context.getRegistry().bind("metricsRegistry", first);
        assertThat(MicrometerLalalMetrics.resolveRegistry(context, second)).isSameAs(second);
    }

    @Test
    void anOptionOfAnotherTypeIsRefusedNamingIt() {
        assertThatThrownBy(() -> MicrometerLalalMetrics.resolveRegistry(context, "registry"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meterRegistry").hasMessageContaining("java.lang.String");
    }

    @Test
    void camelMicrometersBeanNameWinsAmongSeveral() {
        context.getRegistry().bind("other", first);
        context.getRegistry().bind("metricsRegistry", second);
        assertThat(MicrometerLalalMetrics.resolveRegistry(context, null)).isSameAs(second);
    }

    @Test
    void theOnlyRegistryBeanIsUsed() {
        context.getRegistry().bind("prometheus", first);
        assertThat(MicrometerLalalMetrics.resolveRegistry(context, null)).isSameAs(first);
    }

    @Test
    void withoutAnyBeanTheGlobalRegistryIsUsed() {
        assertThat(MicrometerLalalMetrics.resolveRegistry(context, null)).isSameAs(Metrics.globalRegistry);
        context.getRegistry().bind("a", first);
        context.getRegistry().bind("b", second);
        assertThat(MicrometerLalalMetrics.resolveRegistry(context, null)).as("two, none composite")
                .isSameAs(Metrics.globalRegistry);
    }
}
