package io.github.camellalal.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulator;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The Quarkus application as a user runs it: its lalal options only in application.properties, the component from
 * this build, a WAV dropped into the inbox, both stems in the output folder, and the component's meters in the
 * application's MeterRegistry bean. Each subclass runs it on an emulator of its own (a Quarkus start of its own),
 * over plain http ({@link QuarkusStemsIT}) or https ({@link QuarkusStemsHttpsIT}), and checks the transport.
 */
@QuarkusTest
abstract class QuarkusStemsScenario {

    LalalEmulator emulator;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "stems.inbox")
    Path inbox;

    @ConfigProperty(name = "stems.output")
    Path output;

    @Test
    void separatesADroppedWavIntoBothStems() throws Exception {
        byte[] wav = stereoWav(16_000);
        Files.createDirectories(inbox);
        Path staged = Files.write(inbox.getParent().resolve("song.wav.part"), wav);
        Files.move(staged, inbox.resolve("song.wav"), StandardCopyOption.ATOMIC_MOVE);

        Path stem = output.resolve("song_vocals_split_by_lalalai.wav");
        Path back = output.resolve("song_no_vocals_split_by_lalalai.wav");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(stem).exists().hasSize(wav.length);
            assertThat(back).exists().hasSize(wav.length);
            assertThat(inbox.resolve(".done/song.wav")).exists();
        });

        // The key from application.properties' %test profile reached the emulator, on the port the test chose.
        var uploads = emulator.requestLog().of(Endpoint.UPLOAD);
        assertThat(uploads).singleElement().satisfies(r -> {
            assertThat(r.header("authorization")).isEqualTo("license " + EmulatorResource.KEY);
            assertThat(r.bodyBytes()).isEqualTo(wav.length);
        });
        // The component's meters landed in the application's MeterRegistry bean.
        assertThat(meters.get("lalal.transfer.size").tag("operation", "upload").summary().totalAmount())
                .isEqualTo(wav.length);
        assertThat(meters.get("lalal.transfer.size").tag("operation", "download").summary().totalAmount())
                .isEqualTo(2.0 * wav.length);
        assertThat(meters.get("lalal.tasks").tag("state", "success").counter().count()).isEqualTo(1);
        assertThat(emulator.requestLog().count(Endpoint.SPLIT)).isEqualTo(1);
        assertThat(emulator.requestLog().count(Endpoint.DOWNLOAD)).isEqualTo(2);
        assertTransport(emulator);
    }

    /** Checks that every request the emulator received came over the subclass's transport. */
    abstract void assertTransport(LalalEmulator emulator);

    /** A 16-bit stereo PCM WAV of {@code frames} frames at 8 kHz. */
    private static byte[] stereoWav(int frames) {
        ByteBuffer pcm = ByteBuffer.allocate(frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            pcm.putShort((short) (8000 * Math.sin(i * 0.05)));
            pcm.putShort((short) (6000 * Math.sin(i * 0.031)));
        }
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes()).putInt(36 + pcm.capacity()).put("WAVE".getBytes());
        h.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(8000).putInt(8000 * 4)
                .putShort((short) 4).putShort((short) 16);
        h.put("data".getBytes()).putInt(pcm.capacity());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.array());
        out.writeBytes(pcm.array());
        return out.toByteArray();
    }
}
