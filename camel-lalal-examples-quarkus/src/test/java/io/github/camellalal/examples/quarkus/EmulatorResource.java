package io.github.camellalal.examples.quarkus;

import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.EmulatorTls;
import io.github.camellalal.emulator.LalalEmulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the LALAL.AI emulator on a free loopback port before the application, and gives the application its URL
 * ({@code lalal.emulator.base-url}) and fresh folders; everything else the application reads from its own
 * {@code application.properties}. With the init argument {@value #TLS}{@code =true} the emulator serves https with a
 * self-signed certificate, and the application also gets the properties of docs/quarkus.md's block
 * {@value #HTTPS_BLOCK}, with the truststore's path and password as the environment variables that block names.
 */
public class EmulatorResource implements QuarkusTestResourceLifecycleManager {

    /** The key the {@code %test} profile of {@code application.properties} sets. */
    static final String KEY = "quarkus-example-key";
    /** The init argument that makes the emulator serve https. */
    static final String TLS = "tls";
    /** The block of docs/quarkus.md whose properties make the application trust a private certificate. */
    static final String HTTPS_BLOCK = "quarkus-https-properties";

    private boolean tls;
    private LalalEmulator emulator;

    @Override
    public void init(Map<String, String> initArgs) {
        tls = Boolean.parseBoolean(initArgs.get(TLS));
    }

    @Override
    public Map<String, String> start() {
        emulator = LalalEmulator.builder()
                .port(0)
                .license(EmulatorLicense.paid(KEY))
                .taskDuration(Duration.ofMillis(500))
                .tls(tls)
                .build()
                .start();
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "stems-it-");
            Map<String, String> properties = new HashMap<>(Map.of("lalal.emulator.base-url", emulator.baseUrl(),
                    "stems.inbox", dir.resolve("inbox").toString(),
                    "stems.output", dir.resolve("output").toString()));
            if (tls) {
                properties.put("LALAL_TRUST_STORE", emulator.tls().trustStore().toAbsolutePath().toString());
                properties.put("LALAL_TRUST_STORE_PASSWORD", EmulatorTls.TRUST_STORE_PASSWORD);
                properties.putAll(DocProperties.block(Path.of("..", "docs", "quarkus.md"), HTTPS_BLOCK));
            }
            return properties;
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
