package io.github.camellalal.component;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Stereo 16-bit PCM WAV files with known samples, and the centre (mid) signal the emulator separates from them. */
final class TestWav {

    static final int RATE = 8000;
    static final int HEADER = 44;

    private TestWav() {
    }

    static short left(int i) {
        return (short) (8000 * Math.sin(i * 0.05));
    }

    static short right(int i) {
        return (short) (6000 * Math.sin(i * 0.031) + 1000 * Math.cos(i * 0.2));
    }

    /** A WAV of the given number of frames. */
    static byte[] stereo(int frames) {
        ByteBuffer data = ByteBuffer.allocate(frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            data.putShort(left(i));
            data.putShort(right(i));
        }
        return wav(data.array(), 2);
    }

    static byte[] wav(byte[] pcm, int channels) {
        ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes()).putInt(36 + pcm.length).put("WAVE".getBytes());
        h.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(RATE)
                .putInt(RATE * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        h.put("data".getBytes()).putInt(pcm.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.array());
        out.writeBytes(pcm);
        return out.toByteArray();
    }

    /** The 16-bit samples of a WAV body after its 44-byte header, interleaved. */
    static short[] samples(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav, HEADER, wav.length - HEADER).order(ByteOrder.LITTLE_ENDIAN);
        short[] s = new short[(wav.length - HEADER) / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = b.getShort();
        }
        return s;
    }
}
