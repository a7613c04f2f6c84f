package io.github.camellalal.component.metrics;

import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalClient;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.apache.camel.CamelContext;

/**
 * What the component measures, one instance per component. Micrometer stays an optional dependency: only
 * {@link MicrometerLalalMetrics} names its types, and it is loaded only when Micrometer is on the class path;
 * otherwise every call goes to {@link #NONE}, which does nothing and leaves the client undecorated.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public interface LalalMetrics {

    /** Measures nothing: Micrometer is absent. */
    LalalMetrics NONE = new LalalMetrics() {
    };

    /** A Micrometer type whose presence means Micrometer can be used. */
    String MICROMETER_PROBE = "io.micrometer.core.instrument.MeterRegistry";

    /**
     * The metrics of a component: Micrometer's when it can be loaded by the component's class loader, else
     * {@link #NONE}.
     *
     * @param context       the component's Camel context, where the registry is looked up
     * @param meterRegistry the component's option meterRegistry, or null
     * @param trackedTasks  how many files the component's tasks consumers track now (gauge lalal.tasks.tracked)
     */
    static LalalMetrics of(CamelContext context, Object meterRegistry, IntSupplier trackedTasks) {
        if (!micrometerPresent(LalalMetrics.class.getClassLoader())) {
            return NONE;
        }
        return MicrometerLalalMetrics.create(context, meterRegistry, trackedTasks);
    }

    /** Whether {@code loader} can load Micrometer. */
    static boolean micrometerPresent(ClassLoader loader) {
        try {
            Class.forName(MICROMETER_PROBE, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The client, decorated so that its calls are measured (unchanged when nothing is measured). */
    default LalalClient instrument(LalalClient client) {
        return client;
    }

    /** One call of the client ended, successful or not. */
    default void called(ApiOperation operation, long nanos) {
    }

    /** A call of the client failed. */
    default void failed(ApiOperation operation, RuntimeException failure) {
    }

    /** A call was sent again after a failed attempt. */
    default void retried(ApiOperation operation, int retries) {
    }

    /** Bytes of one upload or download. */
    default void transferred(ApiOperation operation, long bytes) {
    }

    /** Files queued for separation. */
    default void splitsStarted(List<String> taskIds) {
    }

    /** One check request and what it answered. */
    default void checked(int idsAsked, Map<String, FileStatus> statuses) {
    }

    /** A process exchange started (upload, split, wait, download). */
    default void processStarted() {
    }

    /** A process exchange ended, however. */
    default void processEnded() {
    }

    /** Every meter with its current values, for the dev console; empty when nothing is measured. */
    default Map<String, Map<String, Double>> snapshot() {
        return Map.of();
    }

    /** Removes this component's meters from the registry. */
    default void close() {
    }
}
