package io.github.camellalal.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * An open download of a result track. The caller reads {@link #body()} and must close this, which releases
 * the connection.
 */
public interface TrackDownload extends AutoCloseable {

    /** The name the service gave the file, else the URL's last path segment. */
    String fileName();

    /** The length in bytes, or -1 when the service did not say. */
    long contentLength();

    /** The media type, or {@code null}. */
    String contentType();

    /** The track's bytes as they arrive; read once. */
    InputStream body();

    /**
     * Writes the rest of the body to {@code target} and returns the bytes written. Adapters override it to move the
     * bytes from the socket to the channel without copying them through the heap; by default it reads
     * {@link #body()} into a 256 KiB buffer and writes the buffer when it is full (or the body ended): a TLS socket's
     * stream returns at most one record (16 KiB) per read, and one write per read would cost a system call and a
     * copy into a direct buffer for every 16 KiB.
     */
    default long transferTo(WritableByteChannel target) throws IOException {
        InputStream in = body();
        byte[] buffer = new byte[256 * 1024];
        ByteBuffer view = ByteBuffer.wrap(buffer);
        long total = 0;
        int n;
        while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
            view.clear().limit(n);
            while (view.hasRemaining()) {
                target.write(view);
            }
            total += n;
        }
        return total;
    }

    @Override
    void close() throws IOException;
}
