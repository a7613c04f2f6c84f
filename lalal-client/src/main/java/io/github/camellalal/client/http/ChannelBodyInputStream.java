package io.github.camellalal.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.StreamClosedException;
import org.apache.hc.core5.http.io.SessionInputBuffer;

/**
 * A response body of known length on a plain (not TLS) connection whose socket has a channel. Read as a stream it
 * behaves as HttpClient's {@code ContentLengthInputStream} (through the session buffer; closing it reads what is
 * left, so the connection can be reused). {@link #transferTo(WritableByteChannel)} moves the rest of the body from
 * the socket to a channel through one direct buffer, without the copies into and out of the heap that reading the
 * socket's stream costs, still bounded by the connection's socket timeout.
 */
final class ChannelBodyInputStream extends InputStream {

    /** The direct buffer of a channel transfer; reads from a loopback socket rarely return more. */
    static final int DIRECT_BUFFER = 1024 * 1024;

    private final SessionInputBuffer buffer;
    private final InputStream socketStream;
    private final SocketChannel channel;
    private final LongSupplier socketTimeoutMillis;
    private final long length;
    private long position;
    private boolean closed;

    ChannelBodyInputStream(SessionInputBuffer buffer, InputStream socketStream, long length, SocketChannel channel,
            LongSupplier socketTimeoutMillis) {
        this.buffer = buffer;
        this.socketStream = socketStream;
        this.length = length;
        this.channel = channel;
        this.socketTimeoutMillis = socketTimeoutMillis;
    }

    /** The body's length (Content-Length). */
    long length() {
        return length;
    }

    @Override
    public int available() throws IOException {
        return closed ? 0 : (int) Math.min(buffer.length(), length - position);
    }

    @Override
    public int read() throws IOException {
        ensureOpen();
        if (position >= length) {
            return -1;
        }
        int b = buffer.read(socketStream);
        if (b < 0) {
            throw prematureEnd();
        }
        position++;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        ensureOpen();
        if (position >= length) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        int n = buffer.read(b, off, (int) Math.min(len, length - position), socketStream);
        if (n < 0) {
            throw prematureEnd();
        }
        position += n;
        return n;
    }

    /**
     * Writes the rest of the body to {@code target}: first what the session buffer already holds, then straight from
     * the socket. A read that waits longer than the socket timeout fails with {@link SocketTimeoutException}.
     * Returns the bytes written.
     */
    long transferTo(WritableByteChannel target) throws IOException {
        ensureOpen();
        long start = position;
        int held = available();
        if (held > 0) {
            // served from the session buffer, no socket read
            byte[] bytes = new byte[held];
            int n = read(bytes, 0, held);
            writeAll(ByteBuffer.wrap(bytes, 0, n), target);
        }
        if (position < length) {
            fromSocket(target);
        }
        return position - start;
    }

    private void fromSocket(WritableByteChannel target) throws IOException {
        ByteBuffer direct = ByteBuffer.allocateDirect((int) Math.min(DIRECT_BUFFER, length - position));
        long timeout = socketTimeoutMillis.getAsLong();
        // Non-blocking with a selector: a blocking channel read would ignore the socket timeout.
        try (Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            try {
                channel.register(selector, SelectionKey.OP_READ);
                while (position < length) {
                    direct.clear().limit((int) Math.min(direct.capacity(), length - position));
                    int n = channel.read(direct);
                    if (n < 0) {
                        throw prematureEnd();
                    }
                    if (n == 0) {
                        awaitData(selector, timeout);
                        continue;
                    }
                    direct.flip();
                    writeAll(direct, target);
                    position += n;
                }
            } finally {
                selector.close(); // deregisters the channel, so it can be blocking again
                if (channel.isOpen()) {
                    channel.configureBlocking(true);
                }
            }
        }
    }

    private void awaitData(Selector selector, long timeoutMillis) throws IOException {
        long from = System.nanoTime();
        int ready = selector.select(timeoutMillis);
        selector.selectedKeys().clear();
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("Interrupted at byte " + position + " of " + length);
        }
        long waited = System.nanoTime() - from;
        if (ready == 0 && timeoutMillis > 0 && waited >= TimeUnit.MILLISECONDS.toNanos(timeoutMillis)) {
            throw new SocketTimeoutException("Read timed out after " + timeoutMillis + " ms at byte " + position
                    + " of " + length);
        }
    }

    private static void writeAll(ByteBuffer data, WritableByteChannel target) throws IOException {
        while (data.hasRemaining()) {
            target.write(data);
        }
    }

    private ConnectionClosedException prematureEnd() {
        return new ConnectionClosedException(
                "Premature end of Content-Length delimited message body (expected: %d; received: %d)", length,
                position);
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new StreamClosedException();
        }
    }

    /** Reads what is left of the body, so that the connection stays usable, as HttpClient's own body streams do. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            try {
                if (position < length && channel.isOpen()) {
                    byte[] skip = new byte[8192];
                    while (read(skip, 0, skip.length) >= 0) {
                        continue;
                    }
                }
            } finally {
                closed = true;
            }
        }
    }
}
