package io.github.camellalal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The default {@link TrackDownload#transferTo} (TLS connections, bodies without a channel): every byte arrives in
 * order, and a body that yields 16 KiB per read (a TLS record) is written in 256 KiB pieces, not one write per read.
 */
class TrackDownloadTransferTest {

    private static final int RECORD = 16 * 1024;

    @Test
    void smallReadsAreGatheredIntoFullBufferWritesAndEveryByteArrives() throws IOException {
        byte[] track = new byte[3 * 256 * 1024 + 12345];
        new Random(7).nextBytes(track);
        RecordingChannel target = new RecordingChannel();

        long n = download(new RecordStream(track)).transferTo(target);

        assertThat(n).isEqualTo(track.length);
        assertThat(target.bytes.toByteArray()).isEqualTo(track);
        assertThat(target.writes).containsExactly(256 * 1024, 256 * 1024, 256 * 1024, 12345);
    }

    @Test
    void anEmptyBodyWritesNothing() throws IOException {
        RecordingChannel target = new RecordingChannel();

        assertThat(download(new RecordStream(new byte[0])).transferTo(target)).isZero();
        assertThat(target.writes).isEmpty();
    }

    private static TrackDownload download(InputStream body) {
        return new TrackDownload() {
            @Override
            public String fileName() {
                return "t.wav";
            }

            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public String contentType() {
                return null;
            }

            @Override
            public InputStream body() {
                return body;
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    /** Returns at most one TLS record's worth per read, as an SSLSocket's stream does. */
    private static final class RecordStream extends InputStream {
        private final byte[] data;
        private int position;

        RecordStream(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return position < data.length ? data[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, RECORD), data.length - position);
            System.arraycopy(data, position, b, off, n);
            position += n;
            return n;
        }
    }

    /** Keeps the bytes and the size of every write call. */
    private static final class RecordingChannel implements WritableByteChannel {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final List<Integer> writes = new ArrayList<>();

        @Override
        public int write(ByteBuffer src) {
            int n = src.remaining();
            byte[] chunk = new byte[n];
            src.get(chunk);
            bytes.write(chunk, 0, n);
            writes.add(n);
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
