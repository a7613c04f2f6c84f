package io.github.camellalal.springboot;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** With Spring Boot Actuator present: keeps the lalal license key out of its endpoints. */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class LalalActuatorAutoConfiguration {

    /** Creates the auto-configuration. */
    public LalalActuatorAutoConfiguration() {
    }

    /** Masks the key in {@code /actuator/configprops} and {@code /actuator/env}. */
    @Bean
    public SanitizingFunction lalalKeySanitizer() {
        return new LalalKeySanitizer();
    }
}
