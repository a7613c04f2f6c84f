package io.github.camellalal.emulator;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the two result tracks of a file, streaming. For PCM WAV: the stem is the centre of the stereo image (mid,
 * (L+R)/2 on both channels) and the back track the rest (side, (L-R)/2 on the left and its negation on the right);
 * a mono file's stem is the file itself and its back track silence. Header and any other chunks are copied, so the
 * tracks have the input's length and format. Other formats cannot be decoded here: both tracks are copies.
 */
final class TrackWriter {

    private static final int BUFFER = 64 * 1024;

    private TrackWriter() {
    }

    /**
     * Writes stem and back track.
     *
     * @param maxSeconds for a WAV, the length to keep (previews), or 0 for all
     */
    static void write(Path source, WavFormat wav, Path stem, Path back, double maxSeconds) throws IOException {
        if (wav == null) {
            Files.copy(source, stem);
            Files.copy(source, back);
            return;
        }
        long dataLength = wav.dataLength();
        if (maxSeconds > 0) {
            long maxFrames = (long) (maxSeconds * wav.sampleRate());
            dataLength = Math.min(dataLength, maxFrames * wav.frameSize());
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source), BUFFER);
             OutputStream s = new BufferedOutputStream(Files.newOutputStream(stem), BUFFER);
             OutputStream b = new BufferedOutputStream(Files.newOutputStream(back), BUFFER)) {
            byte[] header = in.readNBytes((int) wav.dataOffset());
            if (dataLength != wav.dataLength()) {
                patchSizes(header, wav, dataLength);
            }
            s.write(header);
            b.write(header);
            separate(in, wav, dataLength, s, b);
            if (dataLength == wav.dataLength()) {
                in.transferTo(s); // trailing chunks, kept so the length is the input's
            }
        }
    }

    private static void separate(InputStream in, WavFormat wav, long length, OutputStream stem, OutputStream back)
            throws IOException {
        int bytes = wav.bitsPerSample() / 8;
        int frame = wav.frameSize();
        byte[] buf = new byte[(BUFFER / frame) * frame];
        byte[] s = new byte[buf.length];
        byte[] b = new byte[buf.length];
        long left = length;
        while (left > 0) {
            int n = in.readNBytes(buf, 0, (int) Math.min(buf.length, left));
            if (n <= 0) {
                break;
            }
            n -= n % frame;
            for (int f = 0; f < n; f += frame) {
                if (wav.channels() == 1) {
                    System.arraycopy(buf, f, s, f, frame);
                    put(b, f, bytes, 0);
                    continue;
                }
                int l = get(buf, f, bytes);
                int r = get(buf, f + bytes, bytes);
                int mid = (int) (((long) l + r) / 2);
                int side = (int) (((long) l - r) / 2);
                put(s, f, bytes, mid);
                put(s, f + bytes, bytes, mid);
                put(b, f, bytes, side);
                put(b, f + bytes, bytes, -side);
                for (int c = 2; c < wav.channels(); c++) {
                    System.arraycopy(buf, f + c * bytes, s, f + c * bytes, bytes);
                    put(b, f + c * bytes, bytes, 0);
                }
            }
            stem.write(s, 0, n);
            back.write(b, 0, n);
            left -= n;
        }
    }

    /** A little-endian sample as a signed int (8-bit WAV samples are unsigned around 128). */
    static int get(byte[] a, int at, int bytes) {
        return switch (bytes) {
            case 1 -> (a[at] & 0xFF) - 128;
            case 2 -> (short) ((a[at] & 0xFF) | (a[at + 1] << 8));
            case 3 -> ((a[at] & 0xFF) | ((a[at + 1] & 0xFF) << 8) | (a[at + 2] << 16));
            default -> (a[at] & 0xFF) | ((a[at + 1] & 0xFF) << 8) | ((a[at + 2] & 0xFF) << 16) | (a[at + 3] << 24);
        };
    }

    static void put(byte[] a, int at, int bytes, int v) {
        if (bytes == 1) {
            a[at] = (byte) (v + 128);
            return;
        }
        for (int i = 0; i < bytes; i++) {
            a[at + i] = (byte) (v >> (8 * i));
        }
    }

    private static void patchSizes(byte[] header, WavFormat wav, long dataLength) {
        int dataSizeAt = (int) wav.dataOffset() - 4;
        writeInt(header, dataSizeAt, dataLength);
        writeInt(header, 4, wav.dataOffset() - 8 + dataLength);
    }

    private static void writeInt(byte[] a, int at, long v) {
        for (int i = 0; i < 4; i++) {
            a[at + i] = (byte) (v >> (8 * i));
        }
    }
}
