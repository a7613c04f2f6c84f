package io.github.camellalal.examples.first;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first route as its user runs it, on the emulator: the README's application.properties with only the
 * key (LALAL_API_KEY) and the emulator's URL added; a file dropped into the inbox comes out as its tracks, and the
 * log says so, since the logging backend the README names is there.
 */
class FirstRouteIT {

    private static final String KEY = "first-route-key";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofMillis(300)).build();

    @TempDir
    Path dir;

    @Test
    void aDroppedFileComesOutAsItsTracksAndTheLogSaysSo() throws Exception {
        Properties settings = new Properties();
        settings.setProperty("camel.component.lalal.apiKey", KEY); // in place of {{env:LALAL_API_KEY}}
        settings.setProperty("camel.component.lalal.baseUrl", EMULATOR.baseUrl());
        settings.setProperty("camel.component.lalal.pollInterval", "200");
        settings.setProperty("stems.inbox", dir.resolve("inbox").toString());
        settings.setProperty("stems.output", dir.resolve("output").toString());
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path staging = Files.writeString(dir.resolve("song.wav.part"), "");
        Files.write(staging, wav(2));

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8)); // where slf4j-simple writes
        Main main = new Main(FirstRoute.class);
        main.setOverrideProperties(settings);
        try {
            main.start();
            Files.move(staging, inbox.resolve("song.wav"));
            Path output = dir.resolve("output");
            await().atMost(Duration.ofSeconds(30)).until(() -> count(output) == 3);
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(inbox.resolve(".done/song.wav")));
        } finally {
            main.stop();
            System.setErr(stderr);
        }

        try (Stream<Path> files = Files.list(dir.resolve("output"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "song_vocals_split_by_lalalai.wav", "song_drum_split_by_lalalai.wav",
                    "song_no_multistem_split_by_lalalai.wav");
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("separating song.wav").contains("saved song_drum_split_by_lalalai.wav")
                .doesNotContain(KEY);
    }

    private static long count(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** A stereo 16-bit 44.1 kHz WAV of silence, {@code seconds} long. */
    private static byte[] wav(int seconds) {
        int data = seconds * 44_100 * 4;
        ByteBuffer b = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 2)
                .putInt(44_100).putInt(44_100 * 4).putShort((short) 4).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data);
        return b.array();
    }
}
