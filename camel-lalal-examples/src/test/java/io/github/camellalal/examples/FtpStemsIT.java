package io.github.camellalal.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.component.LalalComponent;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** FTP in, LALAL.AI (emulator), FTP out, against a real FTP server on loopback. */
class FtpStemsIT {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid("ftp-key")).taskDuration(Duration.ofMillis(500)).build();

    @TempDir
    Path home;
    @TempDir
    Path work;

    @Test
    void stemsGoBackUnderStemsAndTheSourceMovesOnlyAfterSuccess() throws Exception {
        Path drop = Files.createDirectories(home.resolve("drop"));
        DemoWavs.write(drop.resolve("take1.wav"), 1, 440, 110);
        byte[] source = Files.readAllBytes(drop.resolve("take1.wav"));
        Files.writeString(drop.resolve("corrupt.wav"), "RIFF0000WAVEnothing");

        try (EmbeddedFtpServer ftp = new EmbeddedFtpServer(home); CamelContext context = new DefaultCamelContext()) {
            Properties p = new Properties();
            p.put("ftp.host", "127.0.0.1");
            p.put("ftp.port", String.valueOf(ftp.port()));
            p.put("ftp.user", EmbeddedFtpServer.USER);
            p.put("ftp.password", EmbeddedFtpServer.PASSWORD);
            p.put("ftp.dir", "drop");
            p.put("ftp.workDir", work.toString());
            context.getPropertiesComponent().setInitialProperties(p);
            LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
            lalal.getConfiguration().setApiKey("ftp-key");
            lalal.getConfiguration().setBaseUrl(EMULATOR.baseUrl());
            context.addRoutes(new FtpStemsRoute());
            context.start();

            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(drop.resolve(".done/take1.wav"))
                    && Files.exists(drop.resolve(".failed/corrupt.wav"))
                    && Files.exists(drop.resolve(".failed/corrupt.wav.error.txt")));
        }
        assertThat(drop.resolve(".done/take1.wav")).hasBinaryContent(source);
        assertThat(drop.resolve("take1.wav")).doesNotExist();
        assertThat(drop.resolve("stems/take1_vocals_split_by_lalalai.wav")).hasSize(source.length);
        assertThat(drop.resolve("stems/take1_no_vocals_split_by_lalalai.wav")).hasSize(source.length);
        assertThat(drop.resolve("stems/corrupt_vocals_split_by_lalalai.wav")).doesNotExist();
        assertThat(drop.resolve(".failed/corrupt.wav")).hasContent("RIFF0000WAVEnothing");
        assertThat(drop.resolve(".failed/corrupt.wav.error.txt")).content().contains("Unable to decode audio file");
        byte[] stem = Files.readAllBytes(drop.resolve("stems/take1_vocals_split_by_lalalai.wav"));
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(source).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        java.nio.ByteBuffer out = java.nio.ByteBuffer.wrap(stem).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int at = 44; at < source.length; at += 4) {
            assertThat(out.getShort(at)).isEqualTo((short) ((in.getShort(at) + in.getShort(at + 2)) / 2));
        }
    }
}
