package io.github.camellalal.examples.springboot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;

/**
 * Spring Boot tests switch metrics export off unless asked; this asks, in Spring Boot 4's words (its
 * spring-boot-micrometer-metrics-test module replaced Boot 3's {@code @AutoConfigureObservability}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@AutoConfigureMetrics
@interface MetricsExported {
}
