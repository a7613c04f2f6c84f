package io.github.camellalal.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.component.LalalComponent;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The folder flow written in YAML DSL (routes/file-stems.yaml), run as a user would load it. */
class YamlFileRouteIT {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid("yaml-key")).taskDuration(Duration.ofMillis(500)).build();

    @TempDir
    Path dir;

    @Test
    void theYamlRouteSeparatesAndMovesOnlyAfterSuccess() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        DemoWavs.write(inbox.resolve("voice.wav"), 1, 300, 150);
        Files.writeString(inbox.resolve("readme.txt"), "not audio");
        Properties p = new Properties();
        p.put("stems.inbox", inbox.toString());
        p.put("stems.output", dir.resolve("out").toString());
        p.put("stems.done", dir.resolve("done").toString());
        p.put("stems.failed", dir.resolve("failed").toString());
        p.put("stems.stem", "drum");

        try (CamelContext context = new DefaultCamelContext()) {
            context.getPropertiesComponent().setInitialProperties(p);
            LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
            lalal.getConfiguration().setApiKey("yaml-key");
            lalal.getConfiguration().setBaseUrl(EMULATOR.baseUrl());
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("file-stems.yaml",
                    new String(getClass().getResourceAsStream("/routes/file-stems.yaml").readAllBytes())));
            context.start();

            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(dir.resolve("done/voice.wav"))
                    && Files.exists(dir.resolve("failed/readme.txt"))
                    && Files.exists(dir.resolve("failed/readme.txt.error.txt")));
        }
        long size = Files.size(dir.resolve("done/voice.wav"));
        assertThat(dir.resolve("out/voice_drum_split_by_lalalai.wav")).hasSize(size);
        assertThat(dir.resolve("out/voice_no_drum_split_by_lalalai.wav")).hasSize(size);
        assertThat(inbox.resolve("voice.wav")).doesNotExist();
        assertThat(dir.resolve("out/readme_drum_split_by_lalalai.txt")).doesNotExist();
        assertThat(dir.resolve("failed/readme.txt")).hasContent("not audio");
        // refused before the upload: the service would take the file but refuse to split it
        assertThat(dir.resolve("failed/readme.txt.error.txt")).content().contains("'readme.txt'")
                .contains("extensions the service accepts");
        assertThat(EMULATOR.requestLog().of(Endpoint.UPLOAD)).singleElement()
                .satisfies(r -> assertThat(r.header("content-disposition")).contains("voice.wav"));
    }
}
