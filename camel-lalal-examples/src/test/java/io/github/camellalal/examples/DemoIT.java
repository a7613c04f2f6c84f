package io.github.camellalal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo as a newcomer runs it: embedded emulator (over https, as the service is reached; and over plain http),
 * inbox in, stems out, sources moved only after success. The song is a {@code File} body above the 1 MiB spool
 * threshold, so its tracks are spooled to files as they arrive.
 */
class DemoIT {

    @TempDir
    Path dir;

    @Test
    void separatesTheInboxMovesSourcesAndReportsFailures() throws Exception {
        DemoSummary summary = separate(Map.of());

        assertThat(summary.transport()).as("every connection spoke TLS")
                .matches("https: (\\d+) connection\\(s\\), \\1 TLS handshake\\(s\\) completed, 0 failed");
    }

    @Test
    void theSameOverPlainHttp() throws Exception {
        DemoSummary summary = separate(Map.of("demo.emulatorTls", "false"));

        assertThat(summary.transport()).isEqualTo("plain http");
    }

    private DemoSummary separate(Map<String, String> properties) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        DemoWavs.write(inbox.resolve("song.wav"), 15, 440, 220);
        Files.writeString(inbox.resolve("broken.wav"), "RIFF....WAVE not audio");
        byte[] source = Files.readAllBytes(inbox.resolve("song.wav"));
        assertThat(source.length).as("above the spool threshold").isGreaterThan(1 << 20);

        StringWriter warnings = new StringWriter();
        LoggerContext logs = (LoggerContext) LogManager.getContext(false);
        WriterAppender appender = WriterAppender.newBuilder().setName("demo-warnings").setTarget(warnings)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c{1} - %m%n%ex").build()).build();
        appender.start();
        logs.getConfiguration().addAppender(appender);
        logs.getConfiguration().getRootLogger().addAppender(appender, Level.WARN, null);
        logs.updateLoggers();
        DemoSummary summary;
        try {
            summary = CompletableFuture.supplyAsync(() -> {
                try {
                    return DemoApplication.run(false, dir, properties);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).get(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS);
        } finally {
            logs.getConfiguration().getRootLogger().removeAppender("demo-warnings");
            appender.stop();
            logs.updateLoggers();
        }
        // the failed file is reported once, by the route, without a stack trace
        assertThat(warnings.toString().lines().filter(l -> l.contains("broken.wav")))
                .singleElement().asString().startsWith("ERROR stems - Failed to separate broken.wav: ");
        assertThat(warnings.toString()).doesNotContain("LalalTaskException");

        assertThat(summary.done()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.tracks()).isEqualTo(2);
        try (var left = Files.list(inbox)) {
            assertThat(left.filter(Files::isRegularFile)).as("inbox emptied").isEmpty();
        }
        assertThat(dir.resolve("done/song.wav")).hasBinaryContent(source);
        assertThat(dir.resolve("failed/broken.wav")).exists();
        assertThat(dir.resolve("failed/broken.wav.error.txt")).content().contains("Unable to decode audio file");
        Path stem = dir.resolve("output/song_vocals_split_by_lalalai.wav");
        Path back = dir.resolve("output/song_no_vocals_split_by_lalalai.wav");
        assertThat(stem).hasSize(source.length);
        assertThat(back).hasSize(source.length);
        ByteBuffer in = ByteBuffer.wrap(source).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.wrap(Files.readAllBytes(stem)).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 44; at < source.length; at += 4) {
            int mid = (in.getShort(at) + in.getShort(at + 2)) / 2;
            assertThat(out.getShort(at)).isEqualTo((short) mid);
            assertThat(out.getShort(at + 2)).isEqualTo((short) mid);
        }
        return summary;
    }

    @Test
    void anEmptyInboxGetsSampleFiles() throws Exception {
        Path inbox = dir.resolve("fresh");
        assertThat(DemoWavs.ensureSamples(inbox)).isEqualTo(3);
        assertThat(DemoWavs.ensureSamples(inbox)).as("never twice").isZero();
        try (var files = Files.list(inbox)) {
            assertThat(files).hasSize(3).allSatisfy(f -> assertThat(f.toString()).endsWith(".wav"));
        }
    }
}
