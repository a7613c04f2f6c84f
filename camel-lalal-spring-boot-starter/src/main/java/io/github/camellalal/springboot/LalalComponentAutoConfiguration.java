package io.github.camellalal.springboot;

import io.github.camellalal.component.LalalComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies {@code camel.component.lalal.*} to the lalal component, the way Camel's own starters do: a
 * {@link ComponentCustomizer} that copies every property that is set, switched off by
 * {@code camel.component.lalal.enabled=false} (or {@code camel.component.enabled=false}) and, for the copying
 * only, by {@code camel.component.lalal.customizer.enabled=false}.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, LalalComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.lalal" })
public class LalalComponentAutoConfiguration {

    /** Creates the auto-configuration. */
    public LalalComponentAutoConfiguration() {
    }

    /** Turns {@code #bean:name} in object options into the bean. */
    @Bean
    @ConfigurationPropertiesBinding
    public static LalalBeanReferenceConverter lalalBeanReferenceConverter() {
        return new LalalBeanReferenceConverter();
    }

    /** Copies the properties onto every lalal component the Camel context creates. */
    @Lazy
    @Bean
    public ComponentCustomizer configureLalalComponent(CamelContext camelContext,
            LalalComponentConfiguration configuration, ApplicationContext applicationContext) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.lalal.customizer") && target instanceof LalalComponent;
            }
        };
    }
}
