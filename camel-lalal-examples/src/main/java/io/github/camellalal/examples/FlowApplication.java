package io.github.camellalal.examples;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Runs one example flow against your own servers, configured by a properties file (start from
 * {@code flows.example.properties}): {@code FlowApplication ftp|s3|kafka|yaml <file>}. The file's properties override
 * {@code application.properties}. Without a license key ({@code camel.component.lalal.apiKey} in the file or
 * {@code LALAL_API_KEY}) the flow uses the embedded emulator, as the demo does. Runs until stopped (Ctrl+C).
 */
public final class FlowApplication {

    /** The flows this launcher runs. */
    static final List<String> FLOWS = List.of("ftp", "s3", "kafka", "yaml");

    static final String USAGE = "Usage: FlowApplication ftp|s3|kafka|yaml <properties file>"
            + " (start from camel-lalal-examples/flows.example.properties)";

    private FlowApplication() {
    }

    /** Runs the flow named by the first argument with the properties file named by the second. */
    public static void main(String... args) throws Exception {
        if (args.length != 2 || !FLOWS.contains(args[0])) {
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        create(args[0], Path.of(args[1])).run();
    }

    /** A Camel Main for {@code flow}, configured by {@code propertiesFile}; not yet started. */
    static Main create(String flow, Path propertiesFile) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        // A Camel setting left empty in the file means "not set" (the shipped file's empty key means the embedded
        // emulator); Camel Main refuses an empty value for an option, so such lines are dropped here.
        properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith("camel.") && properties.getProperty(name).isBlank())
                .forEach(properties::remove);
        Main main = new Main();
        main.setOverrideProperties(properties);
        switch (flow) {
            case "ftp" -> main.configure().addRoutesBuilder(new FtpStemsRoute());
            case "s3" -> main.configure().addRoutesBuilder(new S3StemsRoute());
            case "kafka" -> main.configure().addRoutesBuilder(new KafkaStemsRoutes());
            case "yaml" -> main.configure().withRoutesIncludePattern("classpath:routes/file-stems.yaml");
            default -> throw new IllegalArgumentException("Unknown flow '" + flow + "'; allowed: " + FLOWS);
        }
        DemoApplication.EmbeddedEmulator emulator = new DemoApplication.EmbeddedEmulator(new DemoSummary());
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport m) {
                emulator.startIfNoLicense(m.getCamelContext());
            }

            @Override
            public void afterStop(BaseMainSupport m) {
                emulator.stop();
            }
        });
        return main;
    }
}
