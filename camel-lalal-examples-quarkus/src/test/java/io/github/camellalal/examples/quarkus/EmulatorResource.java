package io.github.camellalal.examples.quarkus;

import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Starts the LALAL.AI emulator on a free loopback port before the application, and gives the application that port
 * and fresh folders; everything else the application reads from its own {@code application.properties}.
 */
public class EmulatorResource implements QuarkusTestResourceLifecycleManager {

    /** The key the {@code %test} profile of {@code application.properties} sets. */
    static final String KEY = "quarkus-example-key";

    private LalalEmulator emulator;

    @Override
    public Map<String, String> start() {
        emulator = LalalEmulator.builder()
                .port(0)
                .license(EmulatorLicense.paid(KEY))
                .taskDuration(Duration.ofMillis(500))
                .build()
                .start();
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "stems-it-");
            return Map.of("lalal.emulator.port", String.valueOf(emulator.port()),
                    "stems.inbox", dir.resolve("inbox").toString(),
                    "stems.output", dir.resolve("output").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(emulator, new TestInjector.MatchesType(LalalEmulator.class));
    }

    @Override
    public void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }
}
