package io.github.camellalal.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The Spring Boot example as a user runs it: application.properties plus the emulator's URL and key, a WAV dropped
 * into the inbox, both stems in the output folder, and Actuator showing the lalal health checks with details,
 * Prometheus metrics, and no license key in configprops or env even with show-values=always. Each subclass runs it
 * on an emulator of its own, over plain http ({@link SpringBootStemsIT}) or https ({@link SpringBootStemsHttpsIT}),
 * and checks the transport. The same tests run on Spring Boot 3.5 and, with the profile boot4, on Spring Boot 4
 * ({@link MetricsExported} has a variant for each).
 */
@MetricsExported
@ExtendWith(OutputCaptureExtension.class) // the application's log from its start on
@SpringBootTest(classes = StemsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1", // the random port on loopback only, not on every interface
            "camel.component.lalal.poll-interval=200",
            "management.endpoints.web.exposure.include=health,prometheus,configprops,env",
            "management.endpoint.configprops.show-values=always",
            "management.endpoint.env.show-values=always"
        })
// each subclass has a context of its own (its emulator's URL); closed after it, so the first one's routes do not
// keep polling a stopped emulator while the next runs
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class SpringBootStemsScenario {

    static final String KEY = "spring-boot-key-3d8e";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Value("${local.server.port}") // what @LocalServerPort means; it moved package in Boot 4
    private int port;

    /** An emulator for a subclass, serving https or plain http. */
    static LalalEmulatorExtension emulator(boolean https) {
        return LalalEmulatorExtension.builder()
                .license(EmulatorLicense.paid(KEY))
                .taskDuration(Duration.ofMillis(300))
                .tls(https)
                .build();
    }

    /**
     * What a user sets in the environment, LALAL_API_KEY and LALAL_BASE_URL (they feed application.properties), and
     * the folders, under {@code dir} (emptied first); each subclass calls it from its {@code @DynamicPropertySource}.
     */
    static void emulatorAndFolders(DynamicPropertyRegistry registry, LalalEmulatorExtension emulator, Path dir)
            throws IOException {
        registry.add("LALAL_API_KEY", () -> KEY);
        registry.add("LALAL_BASE_URL", emulator::baseUrl);
        deleteRecursively(dir);
        registry.add("stems.inbox", () -> dir.resolve("inbox").toString());
        registry.add("stems.output", () -> dir.resolve("output").toString());
    }

    /** The subclass's emulator. */
    abstract LalalEmulatorExtension emulator();

    /** The subclass's folder of inbox and output. */
    abstract Path dir();

    /** Checks that every request the emulator received came over the subclass's transport. */
    abstract void assertTransport(LalalEmulatorExtension emulator);

    @Test
    void separatesADroppedFileAndReportsHealthWithoutTheKey(CapturedOutput log) throws Exception {
        LalalEmulatorExtension emulator = emulator();
        Path dir = dir();
        Files.createDirectories(dir.resolve("inbox"));
        Path staging = Files.createDirectories(dir.resolve("staging")).resolve("song.wav");
        writeWav(staging);
        Files.move(staging, dir.resolve("inbox/song.wav"));

        Path output = dir.resolve("output");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.isDirectory(output) && list(output).size() == 2
                && Files.exists(dir.resolve("inbox/.done/song.wav")));
        assertThat(list(output)).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(44))
                .anySatisfy(p -> assertThat(p.getFileName().toString()).contains("vocals"))
                .anySatisfy(p -> assertThat(p.getFileName().toString()).contains("no_vocals"));
        assertThat(emulator.requestLog().of(Endpoint.UPLOAD)).singleElement()
                .satisfies(r -> assertThat(r.header("authorization")).isEqualTo("license " + KEY));
        assertThat(emulator.requestLog().count(Endpoint.SPLIT)).isEqualTo(1);
        assertThat(emulator.requestLog().count(Endpoint.DOWNLOAD)).isEqualTo(2);
        assertTransport(emulator);

        JsonNode health = json.readTree(get("/actuator/health"));
        assertThat(health.path("status").asText()).isEqualTo("UP");
        JsonNode camel = health.path("components").path("camelHealth").path("details");
        assertThat(camel.path("lalal").asText()).isEqualTo("UP");
        assertThat(camel.path("consumer:lalal-tasks").asText()).isEqualTo("UP");
        assertThat(camel.toString()).contains("Plus").contains(emulator.baseUrl());

        String prometheus = get("/actuator/prometheus");
        assertThat(prometheus).contains("jvm_memory_used_bytes");
        // the component's meters, in the registry Spring Boot created: one upload, two downloads, one task ended
        assertThat(meter(prometheus, "lalal_calls_seconds_count{operation=\"upload\"}")).isEqualTo(1.0);
        assertThat(meter(prometheus, "lalal_calls_seconds_count{operation=\"download\"}")).isEqualTo(2.0);
        assertThat(meter(prometheus, "lalal_transfer_size_bytes_sum{operation=\"upload\"}"))
                .isEqualTo((double) Files.size(dir.resolve("inbox/.done/song.wav")));
        assertThat(meter(prometheus, "lalal_tasks_total{state=\"success\"}")).isEqualTo(1.0);

        for (String endpoint : List.of("/actuator/configprops", "/actuator/env")) {
            String body = get(endpoint);
            assertThat(body).as(endpoint).contains("camel.component.lalal").contains(emulator.baseUrl())
                    .doesNotContain(KEY);
        }
        // nor in the log (Camel 4.22 warns about the plain-text secret property there, naming only the property)
        assertThat(log.getAll()).contains("Apache Camel").contains("started").doesNotContain(KEY);
    }

    /** The value of one sample line of a Prometheus scrape, failing when the line is missing. */
    private static double meter(String scrape, String sample) {
        return scrape.lines().filter(line -> line.startsWith(sample + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(sample.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError("no sample " + sample + " in the scrape"));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s answered %s", path, response.body()).isEqualTo(200);
        return response.body();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** One second of 16-bit stereo: a tone in the centre and another on the left only. */
    private static void writeWav(Path file) throws IOException {
        int rate = 22_050;
        ByteBuffer b = ByteBuffer.allocate(44 + rate * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + rate * 4).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(rate).putInt(rate * 4)
                .putShort((short) 4).putShort((short) 16);
        b.put("data".getBytes()).putInt(rate * 4);
        for (int i = 0; i < rate; i++) {
            double centre = 0.3 * Math.sin(2 * Math.PI * 440 * i / rate);
            double side = 0.2 * Math.sin(2 * Math.PI * 220 * i / rate);
            b.putShort((short) ((centre + side) * Short.MAX_VALUE)).putShort((short) (centre * Short.MAX_VALUE));
        }
        Files.write(file, b.array());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, c) -> c.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
