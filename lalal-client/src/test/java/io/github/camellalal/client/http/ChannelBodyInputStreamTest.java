package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.StreamClosedException;
import org.apache.hc.core5.http.impl.io.SessionInputBufferImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Content-Length body read from a plain socket, as a unit over a real loopback connection: it ends exactly at its
 * length (the next answer's bytes stay for the next answer), read as a stream or moved to a channel; a short body,
 * a stalled peer and an interrupt fail naming where the body stopped; closing it reads the rest so the connection
 * can be reused, and the socket is blocking again after every channel transfer.
 */
class ChannelBodyInputStreamTest {

    private static final byte[] NEXT = "HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII);

    private ServerSocketChannel listener;
    private SocketChannel client;
    private SocketChannel server;
    private SessionInputBufferImpl buffer;

    @BeforeEach
    void connect() throws IOException {
        listener = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = SocketChannel.open(listener.getLocalAddress());
        server = listener.accept();
        buffer = new SessionInputBufferImpl(8192);
    }

    @AfterEach
    void disconnect() throws IOException {
        client.close();
        server.close();
        listener.close();
    }

    private static byte[] random(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    private void serverSends(byte[]... parts) throws IOException {
        for (byte[] part : parts) {
            ByteBuffer b = ByteBuffer.wrap(part);
            while (b.hasRemaining()) {
                server.write(b);
            }
        }
    }

    private ChannelBodyInputStream body(long length, long timeoutMillis) throws IOException {
        return new ChannelBodyInputStream(buffer, client.socket().getInputStream(), length, client,
                () -> timeoutMillis);
    }

    /** What the connection reads next, after the body: the start of the next answer. */
    private byte[] nextOnTheConnection(int n) throws IOException {
        byte[] b = new byte[n];
        int off = 0;
        while (off < n) {
            off += buffer.read(b, off, n - off, client.socket().getInputStream());
        }
        return b;
    }

    /** A channel that takes at most 1000 bytes per write, as a slow file or socket may. */
    private static final class Trickle implements WritableByteChannel {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public int write(ByteBuffer src) {
            int n = Math.min(1000, src.remaining());
            byte[] b = new byte[n];
            src.get(b);
            bytes.write(b, 0, n);
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void readByteByByteTheBodyEndsAtItsLength() throws IOException {
        serverSends("abc".getBytes(StandardCharsets.US_ASCII), NEXT);
        ChannelBodyInputStream in = body(3, 5000);

        assertThat(in.length()).isEqualTo(3);
        assertThat(new int[] {in.read(), in.read(), in.read(), in.read(), in.read()})
                .containsExactly('a', 'b', 'c', -1, -1);
        assertThat(nextOnTheConnection(NEXT.length)).isEqualTo(NEXT);
    }

    @Test
    void readInBlocksTheBodyEndsAtItsLength() throws IOException {
        byte[] track = random(20_000);
        serverSends(track, NEXT);
        ChannelBodyInputStream in = body(track.length, 5000);

        assertThat(in.read(new byte[10], 0, 0)).isZero();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] chunk = new byte[7000];
        int n;
        while ((n = in.read(chunk, 1, 6999)) >= 0) {
            got.write(chunk, 1, n);
        }
        assertThat(got.toByteArray()).isEqualTo(track);
        assertThat(in.read(new byte[10], 0, 0)).isEqualTo(-1);
        assertThat(nextOnTheConnection(NEXT.length)).isEqualTo(NEXT);
    }

    @Test
    void availableIsWhatTheBufferHoldsOfTheBody() throws IOException {
        serverSends(random(100), NEXT);
        ChannelBodyInputStream in = body(100, 5000);
        assertThat(in.available()).isZero();

        in.read();
        // one fill of the session buffer holds the body and the next answer's head: only the body counts
        assertThat(in.available()).isEqualTo(99);
        in.close();
        assertThat(in.available()).isZero();
    }

    @Test
    void theChannelTransferMovesWhatTheBufferHoldsThenTheSocketsBytes() throws Exception {
        byte[] track = random(3 * ChannelBodyInputStream.DIRECT_BUFFER + 17);
        Thread writer = new Thread(() -> {
            try {
                serverSends(track, NEXT);
            } catch (IOException e) {
                // the test fails on the missing bytes
            }
        });
        writer.start();
        ChannelBodyInputStream in = body(track.length, 10_000);
        byte[] first = new byte[10];
        assertThat(in.read(first, 0, 10)).isEqualTo(10);

        Trickle target = new Trickle();
        assertThat(in.transferTo(target)).isEqualTo(track.length - 10);
        writer.join(10_000);

        assertThat(first).isEqualTo(Arrays.copyOf(track, 10));
        assertThat(target.bytes.toByteArray()).isEqualTo(Arrays.copyOfRange(track, 10, track.length));
        assertThat(client.isBlocking()).as("blocking again for the stream reads of the next answer").isTrue();
        assertThat(nextOnTheConnection(NEXT.length)).isEqualTo(NEXT);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.transferTo(target)).as("nothing left").isZero();
    }

    @Test
    void aBodyHeldWhollyInTheBufferIsTransferredWithoutTheSocket() throws IOException {
        byte[] track = random(500);
        serverSends(track, NEXT);
        ChannelBodyInputStream in = body(track.length, 5000);
        assertThat(in.read()).isEqualTo(track[0] & 0xFF);

        Trickle target = new Trickle();
        assertThat(in.transferTo(target)).isEqualTo(499);
        assertThat(target.bytes.toByteArray()).isEqualTo(Arrays.copyOfRange(track, 1, 500));
        assertThat(nextOnTheConnection(NEXT.length)).isEqualTo(NEXT);
    }

    @Test
    void aShortBodyFailsNamingBothLengthsAsAStream() throws IOException {
        serverSends(random(50));
        server.shutdownOutput();
        ChannelBodyInputStream in = body(100, 5000);

        assertThat(in.read(new byte[100], 0, 100)).isEqualTo(50);
        assertThatThrownBy(() -> in.read(new byte[100], 0, 100)).isInstanceOf(ConnectionClosedException.class)
                .hasMessage("Premature end of Content-Length delimited message body (expected: 100; received: 50)");
        assertThatThrownBy(in::read).isInstanceOf(ConnectionClosedException.class)
                .hasMessage("Premature end of Content-Length delimited message body (expected: 100; received: 50)");
    }

    @Test
    void aShortBodyFailsNamingBothLengthsOnTheChannel() throws IOException {
        serverSends(random(50));
        server.shutdownOutput();
        ChannelBodyInputStream in = body(100, 5000);

        assertThatThrownBy(() -> in.transferTo(new Trickle())).isInstanceOf(ConnectionClosedException.class)
                .hasMessage("Premature end of Content-Length delimited message body (expected: 100; received: 50)");
        assertThat(client.isBlocking()).isTrue();
    }

    @Test
    void aStalledPeerTimesOutNamingTheWaitAndTheByte() throws IOException {
        serverSends(random(10));
        ChannelBodyInputStream in = body(100, 300);
        assertThat(in.read(new byte[10], 0, 10)).isEqualTo(10);
        long started = System.nanoTime();

        assertThatThrownBy(() -> in.transferTo(new Trickle())).isInstanceOf(SocketTimeoutException.class)
                .hasMessage("Read timed out after 300 ms at byte 10 of 100");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(300),
                Duration.ofSeconds(5));
        assertThat(client.isBlocking()).isTrue();
    }

    @Test
    void anInterruptedTransferStopsNamingTheByte() throws IOException {
        serverSends(random(10));
        ChannelBodyInputStream in = body(100, 60_000);
        assertThat(in.read(new byte[10], 0, 10)).isEqualTo(10);
        long started = System.nanoTime();

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> in.transferTo(new Trickle())).isInstanceOf(InterruptedIOException.class)
                    .hasMessage("Interrupted at byte 10 of 100");
        } finally {
            Thread.interrupted();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void closingReadsTheRestSoTheConnectionCanBeReused() throws IOException {
        byte[] track = random(30_000);
        Thread writer = new Thread(() -> {
            try {
                serverSends(track, NEXT);
            } catch (IOException e) {
                // the test fails on the missing bytes
            }
        });
        writer.start();
        ChannelBodyInputStream in = body(track.length, 5000);
        in.read();

        in.close();
        in.close();

        assertThat(nextOnTheConnection(NEXT.length)).isEqualTo(NEXT);
        assertThatThrownBy(in::read).isInstanceOf(StreamClosedException.class);
        assertThatThrownBy(() -> in.read(new byte[1], 0, 1)).isInstanceOf(StreamClosedException.class);
        assertThatThrownBy(() -> in.transferTo(new Trickle())).isInstanceOf(StreamClosedException.class);
    }

    @Test
    void aClosedBodyHasNothingAvailableThoughTheBufferHoldsSome() throws IOException {
        serverSends(random(10));
        ChannelBodyInputStream in = body(100, 5000);
        in.read();
        client.close();

        in.close();
        assertThat(in.available()).isZero();
    }

    @Test
    void closingOnAClosedConnectionReadsNothing() throws IOException {
        serverSends(random(10));
        ChannelBodyInputStream in = body(100, 5000);
        client.close();

        in.close();
        assertThat(in.available()).isZero();
        assertThatThrownBy(in::read).isInstanceOf(StreamClosedException.class);
    }
}
