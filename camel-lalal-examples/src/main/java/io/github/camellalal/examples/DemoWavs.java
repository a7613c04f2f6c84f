package io.github.camellalal.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Short stereo WAV files for the demo: a "voice" tone in the centre of the stereo image and an "accompaniment" tone
 * panned to one side, so the emulator's centre/side separation gives audibly different stem and back tracks.
 */
public final class DemoWavs {

    static final int RATE = 22_050;

    private DemoWavs() {
    }

    /** Writes the sample files into {@code dir} unless it already holds a file; returns how many were written. */
    public static int ensureSamples(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (var files = Files.list(dir)) {
            if (files.anyMatch(Files::isRegularFile)) {
                return 0;
            }
        }
        write(dir.resolve("demo-melody.wav"), 3, 440, 220);
        write(dir.resolve("demo-chord.wav"), 4, 523.25, 329.63);
        write(dir.resolve("demo-bass-line.wav"), 2, 659.25, 110);
        return 3;
    }

    /** Writes {@code seconds} of 16-bit stereo: {@code centreHz} on both channels, {@code sideHz} on the left only. */
    public static void write(Path file, int seconds, double centreHz, double sideHz) throws IOException {
        int frames = RATE * seconds;
        ByteBuffer b = ByteBuffer.allocate(44 + frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + frames * 4).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(RATE).putInt(RATE * 4)
                .putShort((short) 4).putShort((short) 16);
        b.put("data".getBytes()).putInt(frames * 4);
        for (int i = 0; i < frames; i++) {
            double t = (double) i / RATE;
            double centre = 0.35 * Math.sin(2 * Math.PI * centreHz * t);
            double side = 0.25 * Math.sin(2 * Math.PI * sideHz * t);
            b.putShort((short) ((centre + side) * Short.MAX_VALUE)).putShort((short) (centre * Short.MAX_VALUE));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(b.array());
        }
    }
}
