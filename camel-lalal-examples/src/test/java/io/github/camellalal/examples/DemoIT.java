package io.github.camellalal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo as a newcomer runs it: embedded emulator, inbox in, stems out, sources moved only after success. */
class DemoIT {

    @TempDir
    Path dir;

    @Test
    void separatesTheInboxMovesSourcesAndReportsFailures() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        DemoWavs.write(inbox.resolve("song.wav"), 2, 440, 220);
        Files.writeString(inbox.resolve("broken.wav"), "RIFF....WAVE not audio");
        byte[] source = Files.readAllBytes(inbox.resolve("song.wav"));

        DemoSummary summary = CompletableFuture.supplyAsync(() -> {
            try {
                return DemoApplication.run(false, dir);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS);

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
