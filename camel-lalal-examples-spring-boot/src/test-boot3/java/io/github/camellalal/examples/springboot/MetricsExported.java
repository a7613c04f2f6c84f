package io.github.camellalal.examples.springboot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;

/**
 * Spring Boot tests switch metrics export off unless asked; this asks, in Spring Boot 3's words. The Boot 4 build
 * (profile boot4) compiles its own variant from src/test-boot4, as Boot 4 moved this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@AutoConfigureObservability(tracing = false)
@interface MetricsExported {
}
