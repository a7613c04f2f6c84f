package io.github.camellalal.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.camellalal.component.LalalComponent;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Requests from a Kafka topic (a file by URL and one by S3 key) are uploaded and split; every task state change
 * comes out on the events topic as JSON keyed by file id. Real Kafka (KRaft, in-process), real S3Mock, emulator.
 */
class KafkaStemsIT {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid("kafka-key")).taskDuration(Duration.ofSeconds(2)).build();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void requestsBecomeTasksAndStateChangesBecomeKeyedEvents() throws Exception {
        byte[] wav = wav("song.wav");
        HttpServer files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/files/song.wav", ex -> {
            ex.sendResponseHeaders(200, wav.length);
            ex.getResponseBody().write(wav);
            ex.close();
        });
        files.start();
        Path ftpHome = Files.createDirectories(dir.resolve("ftp-home"));
        Files.createDirectories(ftpHome.resolve("incoming"));
        byte[] overFtp = wav("over-ftp.wav");
        Files.write(ftpHome.resolve("incoming/over-ftp.wav"), overFtp);
        try (EmbeddedFtpServer ftp = new EmbeddedFtpServer(ftpHome);
             EmbeddedKafkaKRaft kafka = new EmbeddedKafkaKRaft(Files.createDirectories(dir.resolve("kafka")));
             S3MockProcess s3mock = new S3MockProcess(Files.createDirectories(dir.resolve("s3")));
             S3Client s3 = s3mock.client();
             CamelContext context = new DefaultCamelContext()) {
            s3.createBucket(b -> b.bucket("requests"));
            s3.putObject(b -> b.bucket("requests").key("from-s3.wav"), RequestBody.fromBytes(wav("from-s3.wav")));
            Properties p = new Properties();
            p.put("kafka.brokers", kafka.bootstrapServers());
            p.put("kafka.requestTopic", "stem-requests");
            p.put("kafka.eventsTopic", "stem-events");
            p.put("kafka.pollInterval", "250");
            s3mock.putRouteProperties(p, "requests", "unused");
            p.put("ftp.host", "127.0.0.1");
            p.put("ftp.port", String.valueOf(ftp.port()));
            p.put("ftp.user", EmbeddedFtpServer.USER);
            p.put("ftp.password", EmbeddedFtpServer.PASSWORD);
            p.put("ftp.workDir", Files.createDirectories(dir.resolve("ftp-work")).toString());
            context.getPropertiesComponent().setInitialProperties(p);
            LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
            lalal.getConfiguration().setApiKey("kafka-key");
            lalal.getConfiguration().setBaseUrl(EMULATOR.baseUrl());
            context.addRoutes(new KafkaStemsRoutes());
            context.start();

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                    kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                String url = "http://127.0.0.1:" + files.getAddress().getPort() + "/files/song.wav";
                producer.send(new ProducerRecord<>("stem-requests", "{\"url\":\"" + url + "\",\"stem\":\"drum\"}"));
                producer.send(new ProducerRecord<>("stem-requests", "{\"s3Key\":\"from-s3.wav\",\"stem\":\"bass\"}"));
                producer.send(new ProducerRecord<>("stem-requests",
                        "{\"ftpPath\":\"incoming/over-ftp.wav\",\"stem\":\"piano\"}"));
            }

            List<ConsumerRecord<String, String>> events = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                    kafka.bootstrapServers(), "group.id", "test-events", "auto.offset.reset", "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("stem-events"));
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(events::add);
                    return events.stream().filter(r -> r.value().contains("\"state\":\"success\"")).count() == 3;
                });
            }

            List<JsonNode> parsed = new ArrayList<>();
            for (ConsumerRecord<String, String> r : events) {
                JsonNode e = JSON.readTree(r.value());
                assertThat(r.key()).as("event key").isEqualTo(e.get("fileId").asText());
                parsed.add(e);
            }
            JsonNode song = success(parsed, "song.wav");
            JsonNode fromS3 = success(parsed, "from-s3.wav");
            assertThat(song.get("stem").asText()).isEqualTo("drum");
            assertThat(fromS3.get("stem").asText()).isEqualTo("bass");
            assertThat(success(parsed, "over-ftp.wav").get("stem").asText()).isEqualTo("piano");
            assertThat(ftpHome.resolve("incoming/over-ftp.wav")).as("an FTP source is left in place")
                    .hasBinaryContent(overFtp);
            assertThat(song.get("previousState").asText()).isEqualTo("progress");
            assertThat(song.get("stemTrackUrl").asText()).startsWith(EMULATOR.baseUrl());
            assertThat(parsed.stream().filter(e -> e.get("fileName").asText().equals("song.wav"))
                    .map(e -> e.get("state").asText())).startsWith("progress").endsWith("success");
            assertThat(EMULATOR.requestLog().of(Endpoint.UPLOAD)).extracting(r -> r.bodyBytes())
                    .containsOnly((long) wav.length);
        } finally {
            files.stop(0);
        }
    }

    private static JsonNode success(List<JsonNode> events, String name) {
        return events.stream().filter(e -> e.get("fileName").asText().equals(name)
                && e.get("state").asText().equals("success")).findFirst().orElseThrow();
    }

    private byte[] wav(String name) throws Exception {
        Path f = dir.resolve(name);
        DemoWavs.write(f, 1, 330, 165);
        return Files.readAllBytes(f);
    }
}
