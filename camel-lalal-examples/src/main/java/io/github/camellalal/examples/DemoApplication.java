package io.github.camellalal.examples;

import io.github.camellalal.component.LalalComponent;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.EmulatorTls;
import io.github.camellalal.emulator.LalalEmulator;
import io.github.camellalal.emulator.TlsConnections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo: separates the audio files of an inbox folder. With no license configured
 * ({@code camel.component.lalal.apiKey} or environment variable {@code LALAL_API_KEY}) it runs against the embedded
 * LALAL.AI emulator; with one, against the real service (or {@code camel.component.lalal.baseUrl}). It stops once
 * every file found at start is done, unless {@code demo.watch=true} (or argument {@code --watch}).
 */
public final class DemoApplication {
    private static final Logger LOG = LoggerFactory.getLogger(DemoApplication.class);

    private DemoApplication() {
    }

    /** Runs the demo until it is finished (or, watching, until stopped). */
    public static void main(String... args) throws Exception {
        boolean watchArg = false;
        for (String a : args) {
            watchArg |= a.equals("--watch");
        }
        DemoSummary summary = run(watchArg, null);
        System.out.println("LALAL.AI demo summary: " + summary);
    }

    /**
     * Runs the demo and returns its summary.
     *
     * @param watch          keep watching the inbox instead of stopping when the files found at start are done
     * @param overrideDir    the demo folder (inbox, output, done, failed beneath it), or null for {@code demo.dir}
     */
    public static DemoSummary run(boolean watch, Path overrideDir) throws Exception {
        return run(watch, overrideDir, java.util.Map.of());
    }

    /** {@link #run(boolean, Path)} with more properties overridden, e.g. {@code demo.emulatorTls}. */
    static DemoSummary run(boolean watch, Path overrideDir, java.util.Map<String, String> overrides)
            throws Exception {
        DemoSummary summary = new DemoSummary();
        Main main = new Main(); // no classpath scanning: the routes need the summary they count into
        overrides.forEach(main::addOverrideProperty);
        if (overrideDir != null) {
            main.addOverrideProperty("demo.dir", overrideDir.toString());
        }
        if (watch) {
            main.addOverrideProperty("demo.watch", "true");
        }
        main.configure().addRoutesBuilder(new FileStemsRoute(summary));
        EmbeddedEmulator emulator = new EmbeddedEmulator(summary);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport m) {
                CamelContext context = m.getCamelContext();
                emulator.startIfNoLicense(context);
                try {
                    Path inbox = Path.of(context.resolvePropertyPlaceholders("{{demo.inbox}}"));
                    int written = DemoWavs.ensureSamples(inbox);
                    if (written > 0) {
                        LOG.info("Wrote {} sample WAV files into {}", written, inbox);
                    }
                    boolean keepWatching = Boolean.parseBoolean(context.resolvePropertyPlaceholders("{{demo.watch}}"));
                    if (!keepWatching) {
                        int files;
                        try (var list = Files.list(inbox)) {
                            files = (int) list.filter(Files::isRegularFile).count();
                        }
                        AtomicBoolean once = new AtomicBoolean();
                        summary.expect(files, () -> {
                            if (once.compareAndSet(false, true)) {
                                LOG.info("All {} file(s) dealt with: {}", files, summary);
                                main.completed();
                            }
                        });
                    } else {
                        LOG.info("Watching {} for audio files; stop with Ctrl+C", inbox);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot prepare the demo folders: " + e.getMessage(), e);
                }
            }

            @Override
            public void afterStop(BaseMainSupport m) {
                emulator.stop();
            }
        });
        main.run();
        return summary;
    }

    /**
     * Starts the emulator when no license is configured, and points the component at it: over https, as the service
     * is reached (with a certificate it makes, trusted through the component's {@code sslContextParameters}), unless
     * {@code demo.emulatorTls=false}.
     */
    static final class EmbeddedEmulator {
        private final DemoSummary summary;
        private LalalEmulator emulator;

        EmbeddedEmulator(DemoSummary summary) {
            this.summary = summary;
        }

        void startIfNoLicense(CamelContext context) {
            LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
            String key = lalal.getConfiguration().getApiKey();
            if (key != null && !key.isBlank()) {
                LOG.info("Using LALAL.AI at {}", lalal.getConfiguration().getBaseUrl());
                return;
            }
            boolean tls = Boolean.parseBoolean(context.resolvePropertyPlaceholders("{{demo.emulatorTls:true}}"));
            String demoKey = "demo-key";
            emulator = LalalEmulator.builder().license(EmulatorLicense.paid(demoKey)).tls(tls)
                    .taskDuration(Duration.ofSeconds(3)).build().start();
            lalal.getConfiguration().setApiKey(demoKey);
            lalal.getConfiguration().setBaseUrl(emulator.baseUrl());
            if (tls) {
                lalal.getConfiguration().setSslContextParameters(trusting(emulator.tls()));
            }
            LOG.info("No LALAL.AI license configured: using the embedded emulator at {}", emulator.baseUrl());
        }

        /** Camel's TLS settings trusting the emulator's certificate through its truststore file. */
        private static SSLContextParameters trusting(EmulatorTls tls) {
            KeyStoreParameters store = new KeyStoreParameters();
            store.setResource("file:" + tls.trustStore());
            store.setPassword(tls.trustStorePassword());
            store.setType(tls.trustStoreType());
            TrustManagersParameters trust = new TrustManagersParameters();
            trust.setKeyStore(store);
            SSLContextParameters parameters = new SSLContextParameters();
            parameters.setTrustManagers(trust);
            return parameters;
        }

        void stop() {
            if (emulator != null) {
                if (emulator.baseUrl().startsWith("https:")) {
                    TlsConnections seen = emulator.tlsConnections();
                    summary.transport("https: " + seen.accepted() + " connection(s), " + seen.handshakesCompleted()
                            + " TLS handshake(s) completed, " + seen.handshakesFailed() + " failed");
                } else {
                    summary.transport("plain http");
                }
                emulator.stop();
            }
        }
    }
}
