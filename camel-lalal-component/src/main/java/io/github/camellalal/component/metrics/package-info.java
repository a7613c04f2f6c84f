/**
 * The component's {@code lalal.*} meters: what is measured
 * ({@link io.github.camellalal.component.metrics.LalalMetrics}), in which Micrometer registry, and the client
 * decorator that measures each call. Micrometer is optional: only {@code MicrometerLalalMetrics} names its types.
 *
 * <p>Not an API: the component's machinery, public only where its Camel classes need it.
 */
package io.github.camellalal.component.metrics;
