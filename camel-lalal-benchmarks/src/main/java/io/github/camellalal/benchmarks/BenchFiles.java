package io.github.camellalal.benchmarks;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.Stem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small WAV files for the rows that need many files on the emulator, and a way to start their tasks. */
final class BenchFiles {

    static final String KEY = "bench-key";

    private BenchFiles() {
    }

    /** A mono 16-bit WAV of {@code frames} frames at 8 kHz. */
    static byte[] wav(int frames) {
        ByteBuffer b = ByteBuffer.allocate(44 + frames * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + frames * 2).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(frames * 2);
        for (int i = 0; i < frames; i++) {
            b.putShort((short) (1000 * Math.sin(i * 0.1)));
        }
        return b.array();
    }

    /** Writes a file of {@code bytes} bytes of a fixed pattern (the transfer rows' source) and returns it. */
    static Path sample(Path file, long bytes) throws IOException {
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 7);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
        return file;
    }

    /** Uploads {@code n} files and splits them, 100 per split request; returns their ids. */
    static List<String> uploadAndSplit(LalalClient client, int n) {
        byte[] wav = wav(80);
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(client.upload("bench-" + i + ".wav", wav).id());
        }
        for (int from = 0; from < n; from += 100) {
            client.split(ids.subList(from, Math.min(n, from + 100)).stream()
                    .map(id -> SplitRequest.forFile(id).stem(Stem.VOCALS).build()).toList());
        }
        return ids;
    }
}
