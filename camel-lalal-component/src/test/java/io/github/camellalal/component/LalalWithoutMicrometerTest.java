package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.component.metrics.LalalMetrics;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulator;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Micrometer is an optional dependency: an application without it runs the component with no class loading error
 * and no meters. Proven in a class loader built from this test's class path minus Micrometer's jars.
 */
class LalalWithoutMicrometerTest {

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey(LalalTestSupport.KEY).build();

    @Test
    void theSelectorSeesMicrometerOnlyWhereItCanBeLoaded() throws Exception {
        assertThat(LalalMetrics.micrometerPresent(getClass().getClassLoader())).isTrue();
        try (URLClassLoader withoutMicrometer = withoutMicrometer()) {
            assertThat(LalalMetrics.micrometerPresent(withoutMicrometer)).isFalse();
        }
    }

    @Test
    void routesRunWithoutMicrometerAndMeasureNothing() throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader withoutMicrometer = withoutMicrometer()) {
            assertThatThrownBy(() -> Class.forName(LalalMetrics.MICROMETER_PROBE, false, withoutMicrometer))
                    .isInstanceOf(ClassNotFoundException.class);
            Thread.currentThread().setContextClassLoader(withoutMicrometer);
            @SuppressWarnings("unchecked")
            Function<String, String> run = (Function<String, String>) withoutMicrometer
                    .loadClass(WithoutMicrometerRun.class.getName()).getConstructor().newInstance();

            LalalEmulator emulator = LALAL.emulator(false);
            assertThat(run.apply(emulator.baseUrl())).isEqualTo("NONE uploaded=true consoleMetrics={}");
            assertThat(emulator.requestLog().of(Endpoint.UPLOAD)).hasSize(1);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** This test's class path without Micrometer and Prometheus, on top of the JDK's classes only. */
    private static URLClassLoader withoutMicrometer() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        URL[] urls = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("micrometer") && !entry.contains("prometheus"))
                .map(entry -> {
                    try {
                        return Path.of(entry).toUri().toURL();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(URL[]::new);
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }
}
