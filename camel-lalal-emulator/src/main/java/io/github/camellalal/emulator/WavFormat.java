package io.github.camellalal.emulator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The layout of an integer PCM WAV file: where the samples are and how they are encoded. Read from the file's chunks
 * without loading the samples.
 *
 * @param channels      number of channels
 * @param sampleRate    frames per second
 * @param bitsPerSample 8, 16, 24 or 32
 * @param dataOffset    where the sample data starts in the file
 * @param dataLength    bytes of sample data
 */
record WavFormat(int channels, int sampleRate, int bitsPerSample, long dataOffset, long dataLength) {

    /** Bytes of one frame (a sample of every channel). */
    int frameSize() {
        return channels * (bitsPerSample / 8);
    }

    /** The length in seconds. */
    double durationSeconds() {
        return (double) (dataLength / frameSize()) / sampleRate;
    }

    /** Reads the layout, or returns {@code null} when the file is not an integer PCM WAV this emulator can decode. */
    static WavFormat read(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            if (ch.read(head, 0) < 12 || !tag(head, 0, "RIFF") || !tag(head, 8, "WAVE")) {
                return null;
            }
            long pos = 12;
            int channels = 0;
            int rate = 0;
            int bits = 0;
            int formatTag = 0;
            ByteBuffer chunk = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            while (pos + 8 <= size) {
                chunk.clear();
                ch.read(chunk, pos);
                long length = Integer.toUnsignedLong(chunk.getInt(4));
                if (tag(chunk, 0, "fmt ")) {
                    ByteBuffer fmt = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
                    if (ch.read(fmt, pos + 8) < 16) {
                        return null;
                    }
                    formatTag = Short.toUnsignedInt(fmt.getShort(0));
                    channels = Short.toUnsignedInt(fmt.getShort(2));
                    rate = fmt.getInt(4);
                    bits = Short.toUnsignedInt(fmt.getShort(14));
                } else if (tag(chunk, 0, "data")) {
                    long start = pos + 8;
                    // Streamed WAVs write 0 or 0xFFFFFFFF as the size: the data runs to the end of the file.
                    long available = size - start;
                    long dataLength = length == 0 || length == 0xFFFFFFFFL || length > available ? available : length;
                    boolean pcm = formatTag == 1 || formatTag == 0xFFFE;
                    if (!pcm || channels < 1 || rate < 1 || !(bits == 8 || bits == 16 || bits == 24 || bits == 32)) {
                        return null;
                    }
                    return new WavFormat(channels, rate, bits, start, dataLength - dataLength % (channels * bits / 8));
                }
                pos += 8 + length + (length & 1);
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean tag(ByteBuffer b, int at, String tag) {
        for (int i = 0; i < 4; i++) {
            if (b.get(at + i) != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
