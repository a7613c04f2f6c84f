package io.github.camellalal.component.spool;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

/**
 * A track body spooled to a file: a Camel {@link StreamCache} (read again after {@link #reset()}, copied for
 * multicast) and, while its exchange runs, a {@link WrappedFile} whose file Camel's file producer copies directly
 * instead of streaming it through the heap. Each view keeps its own position; reads are positional on the shared
 * descriptor, so views do not disturb each other.
 *
 * <p>Not an API: a route sees it as a StreamCache or a WrappedFile; the class is public as bodies are.
 */
public final class SpooledTrack extends InputStream implements StreamCache, WrappedFile<File> {

    private static final int COPY_BUFFER = 256 * 1024;
    private final SpoolFile spool;
    private long position;

    SpooledTrack(SpoolFile spool) {
        this.spool = spool;
    }

    SpoolFile spool() {
        return spool;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position >= spool.length()) {
            return -1;
        }
        int n = spool.channel().read(ByteBuffer.wrap(b, off, (int) Math.min(len, spool.length() - position)),
                position);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, spool.length() - position));
        position += skipped;
        return skipped;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, spool.length() - position);
    }

    @Override
    public long transferTo(OutputStream out) throws IOException {
        long n = copyFrom(position, out);
        position = spool.length();
        return n;
    }

    /** Back to the first byte. */
    @Override
    public void reset() {
        position = 0;
    }

    /**
     * Writes the bytes from the current position on, leaving the position where it is (as Camel's caches do). Once
     * the exchange completed, this is a caller's conversion (Camel's {@code StreamCache} to {@code byte[]} converter
     * writes without closing): its caller is the last reader, so the file is freed as {@link #close()} frees it.
     */
    @Override
    public void writeTo(OutputStream os) throws IOException {
        copyFrom(position, os);
        if (!spool.named()) {
            spool.release();
        }
    }

    private long copyFrom(long from, OutputStream out) throws IOException {
        FileChannel channel = spool.channel();
        long end = spool.length();
        long at = from;
        if (out instanceof FileOutputStream file && out.getClass() == FileOutputStream.class) {
            // file to file: the kernel moves the bytes
            FileChannel target = file.getChannel();
            while (at < end) {
                at += channel.transferTo(at, end - at, target);
            }
            return end - from;
        }
        byte[] buffer = new byte[(int) Math.min(COPY_BUFFER, Math.max(1, end - from))];
        while (at < end) {
            int n = channel.read(ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, end - at)), at);
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            at += n;
        }
        return at - from;
    }

    @Override
    public StreamCache copy(Exchange exchange) {
        spool.addExchange(exchange);
        return new SpooledTrack(spool);
    }

    @Override
    public boolean inMemory() {
        return false;
    }

    @Override
    public long length() {
        return spool.length();
    }

    @Override
    public long position() {
        return position;
    }

    /**
     * While the exchange runs, only ends this read (Camel's converters close what they read; {@link #reset()} reads
     * again). Once the exchange completed, whoever holds the body is its last reader: the file is freed.
     */
    @Override
    public void close() {
        if (!spool.named()) {
            spool.release();
        }
    }

    /** The spooled file while the exchange runs; {@code null} once it completed (read the stream then). */
    @Override
    public File getFile() {
        return spool.named() ? spool.path().toFile() : null;
    }

    @Override
    public Object getBody() {
        return this;
    }

    @Override
    public long getFileLength() {
        return spool.length();
    }

    @Override
    public String toString() {
        return "SpooledTrack[" + spool.path().getFileName() + ", " + spool.length() + " bytes]";
    }
}
