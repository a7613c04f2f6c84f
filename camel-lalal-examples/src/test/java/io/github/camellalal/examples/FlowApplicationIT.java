package io.github.camellalal.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.component.LalalComponent;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The flows run outside their ITs: FlowApplication with a properties file, as the README shows. */
class FlowApplicationIT {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid("flow-key")).taskDuration(Duration.ofMillis(300)).build();

    @TempDir
    Path dir;

    @Test
    void everyFlowBuildsItsRoutesFromTheDocumentedFileAlone() throws Exception {
        // a placeholder a route needs but the file lacks fails route creation. Routes are not started; the S3
        // endpoint still asks for its bucket when it starts, so S3 points at a loopback server that says yes
        HttpServer s3 = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s3.createContext("/", x -> {
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        s3.start();
        String example = Files.readString(Path.of("flows.example.properties"))
                + "\ns3.overrideEndpoint = true\ns3.forcePathStyle = true\n"
                + "s3.endpoint = http://127.0.0.1:" + s3.getAddress().getPort() + "\n";
        Path file = Files.writeString(dir.resolve("flows.properties"), example);
        for (String flow : FlowApplication.FLOWS) {
            Main main = FlowApplication.create(flow, file);
            main.configure().setAutoStartup(false);
            main.start();
            try {
                assertThat(main.getCamelContext().getRoutes()).as(flow).isNotEmpty();
                // the file's empty key means the embedded emulator, as its comment says
                LalalComponent lalal = main.getCamelContext().getComponent("lalal", LalalComponent.class);
                assertThat(lalal.getConfiguration().getBaseUrl()).as(flow).startsWith("https://127.0.0.1:");
            } finally {
                main.stop();
            }
        }
        s3.stop(0);
    }

    @Test
    void theFtpFlowRunsAgainstTheServerNamedInTheFile() throws Exception {
        Path home = Files.createDirectories(dir.resolve("ftp-home"));
        Path drop = Files.createDirectories(home.resolve("drop"));
        DemoWavs.write(drop.resolve("take.wav"), 1, 440, 110);
        try (EmbeddedFtpServer ftp = new EmbeddedFtpServer(home)) {
            Path file = Files.writeString(dir.resolve("my-flows.properties"), String.join("\n",
                    "camel.component.lalal.apiKey = flow-key",
                    "camel.component.lalal.baseUrl = " + EMULATOR.baseUrl(),
                    "ftp.host = 127.0.0.1",
                    "ftp.port = " + ftp.port(),
                    "ftp.user = " + EmbeddedFtpServer.USER,
                    "ftp.password = " + EmbeddedFtpServer.PASSWORD,
                    "ftp.dir = drop",
                    "ftp.workDir = " + dir.resolve("work"),
                    "ftp.stem = drum", ""));
            Main main = FlowApplication.create("ftp", file);
            main.start();
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(drop.resolve(".done/take.wav")));
            } finally {
                main.stop();
            }
        }
        // the key and URL of the file reached the component: this emulator (not an embedded one) got the upload
        assertThat(EMULATOR.requestLog().of(Endpoint.UPLOAD)).singleElement()
                .satisfies(r -> assertThat(r.header("authorization")).isEqualTo("license flow-key"));
        assertThat(drop.resolve("stems/take_drum_split_by_lalalai.wav")).isNotEmptyFile();
        assertThat(drop.resolve("stems/take_no_drum_split_by_lalalai.wav")).isNotEmptyFile();
    }
}
