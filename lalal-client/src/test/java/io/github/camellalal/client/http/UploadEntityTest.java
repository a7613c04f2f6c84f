package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.hc.core5.http.impl.io.SessionOutputBufferImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upload bodies: a file (repeatable, with its length) or a caller's stream (of a length, or chunked), written in
 * 256 KiB pieces; on a plain connection a file goes from the file to the socket after the request head, all of it
 * or an error naming how much of it there was.
 */
class UploadEntityTest {

    private static final int PIECE = 256 * 1024;
    private static final byte[] CONTENT = new byte[2 * PIECE + 1000];

    static {
        new Random(3).nextBytes(CONTENT);
    }

    @TempDir
    Path dir;

    /** Records the size of every write. */
    private static final class Pieces extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Integer> writes = new ArrayList<>();

        @Override
        public void write(int b) {
            writes.add(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes.add(len);
            bytes.write(b, off, len);
        }
    }

    private Path file(byte[] content) throws IOException {
        return Files.write(dir.resolve("song.mp3"), content);
    }

    @Test
    void aFileIsARepeatableBodyOfItsLengthWrittenIn256KibPieces() throws IOException {
        UploadEntity entity = UploadEntity.of(file(CONTENT));

        assertThat(entity.getContentLength()).isEqualTo(CONTENT.length);
        assertThat(entity.isRepeatable()).isTrue();
        assertThat(entity.isStreaming()).isFalse();
        assertThat(entity.isChunked()).isFalse();
        assertThat(entity.getContentType()).isEqualTo("application/octet-stream");
        for (int attempt = 0; attempt < 2; attempt++) {
            Pieces out = new Pieces();
            entity.writeTo(out);
            assertThat(out.bytes.toByteArray()).isEqualTo(CONTENT);
            assertThat(out.writes).containsExactly(PIECE, PIECE, 1000);
        }
        try (InputStream in = entity.getContent()) {
            assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        }
    }

    @Test
    void aStreamOfALengthSendsThatManyBytesAndLeavesTheRest() throws IOException {
        ByteArrayInputStream stream = new ByteArrayInputStream(CONTENT);
        UploadEntity entity = UploadEntity.of(stream, PIECE + 10);

        assertThat(entity.getContentLength()).isEqualTo(PIECE + 10);
        assertThat(entity.isRepeatable()).isFalse();
        assertThat(entity.isStreaming()).isTrue();
        assertThat(entity.isChunked()).isFalse();
        assertThat(entity.getContent()).isSameAs(stream);
        Pieces out = new Pieces();
        entity.writeTo(out);
        entity.close();

        assertThat(out.bytes.toByteArray()).isEqualTo(Arrays.copyOf(CONTENT, PIECE + 10));
        assertThat(out.writes).containsExactly(PIECE, 10);
        assertThat(stream.available()).as("the caller's stream, neither read on nor closed")
                .isEqualTo(CONTENT.length - PIECE - 10);
    }

    @Test
    void aStreamOfUnknownLengthIsChunkedAndSentToItsEnd() throws IOException {
        UploadEntity entity = UploadEntity.of(new ByteArrayInputStream(CONTENT), -1);

        assertThat(entity.isChunked()).isTrue();
        assertThat(entity.getContentLength()).isEqualTo(-1);
        Pieces out = new Pieces();
        entity.writeTo(out);
        assertThat(out.bytes.toByteArray()).isEqualTo(CONTENT);
        assertThat(out.writes).containsExactly(PIECE, PIECE, 1000);
    }

    @Test
    void aStreamShorterThanItsLengthSendsWhatItHas() throws IOException {
        Pieces out = new Pieces();
        UploadEntity.of(new ByteArrayInputStream(CONTENT, 0, 500), 10_000).writeTo(out);
        assertThat(out.bytes.toByteArray()).isEqualTo(Arrays.copyOf(CONTENT, 500));
        assertThat(out.writes).containsExactly(500);
    }

    @Test
    void aStreamOfLengthZeroSendsNothingOfIt() throws IOException {
        Pieces out = new Pieces();
        ByteArrayInputStream stream = new ByteArrayInputStream(CONTENT);
        UploadEntity.of(stream, 0).writeTo(out);
        assertThat(out.writes).isEmpty();
        assertThat(stream.available()).isEqualTo(CONTENT.length);
    }

    @Test
    void onAPlainConnectionAStreamIsCopiedAfterTheRequestHead() throws Exception {
        byte[] head = "POST /api/v1/upload/ HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try (ServerSocketChannel listener = ServerSocketChannel.open()
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                SocketChannel client = SocketChannel.open(listener.getLocalAddress());
                SocketChannel server = listener.accept()) {
            java.util.concurrent.CompletableFuture<byte[]> received = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> {
                        try {
                            return server.socket().getInputStream().readNBytes(head.length + CONTENT.length);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            SessionOutputBufferImpl buffer = new SessionOutputBufferImpl(8192);
            OutputStream socketStream = client.socket().getOutputStream();
            buffer.write(head, 0, head.length, socketStream);

            try (FileSendingOutputStream out = new FileSendingOutputStream(buffer, socketStream, CONTENT.length,
                    client)) {
                UploadEntity.of(new ByteArrayInputStream(CONTENT), CONTENT.length).writeTo(out);
            }

            assertThat(received.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(concat(head, CONTENT));
        }
    }

    @Test
    void anEmptyStreamWritesNothing() throws IOException {
        assertThat(UploadEntity.of(InputStream.nullInputStream(), 0).isChunked()).as("Content-Length: 0").isFalse();
        Pieces out = new Pieces();
        UploadEntity.of(InputStream.nullInputStream(), 0).writeTo(out);
        UploadEntity.of(InputStream.nullInputStream(), -1).writeTo(out);
        assertThat(out.writes).isEmpty();
    }

    @Test
    void onAPlainConnectionTheFileFollowsTheRequestHeadStraightFromTheFile() throws Exception {
        Path file = file(CONTENT);
        byte[] head = "POST /api/v1/upload/ HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try (ServerSocketChannel listener = ServerSocketChannel.open()
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                SocketChannel client = SocketChannel.open(listener.getLocalAddress());
                SocketChannel server = listener.accept()) {
            java.util.concurrent.CompletableFuture<byte[]> received = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> {
                        try {
                            return server.socket().getInputStream().readNBytes(head.length + CONTENT.length);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            SessionOutputBufferImpl buffer = new SessionOutputBufferImpl(8192);
            OutputStream socketStream = client.socket().getOutputStream();
            buffer.write(head, 0, head.length, socketStream);

            UploadEntity.of(file).writeTo(new FileSendingOutputStream(buffer, socketStream, CONTENT.length, client));

            byte[] expected = new byte[head.length + CONTENT.length];
            System.arraycopy(head, 0, expected, 0, head.length);
            System.arraycopy(CONTENT, 0, expected, head.length, CONTENT.length);
            assertThat(received.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(expected);
        }
    }

    @Test
    void aFileThatEndsEarlyFailsNamingHowMuchWasSent() throws Exception {
        Path file = file(Arrays.copyOf(CONTENT, 1000));
        try (ServerSocketChannel listener = ServerSocketChannel.open()
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                SocketChannel client = SocketChannel.open(listener.getLocalAddress());
                SocketChannel server = listener.accept();
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileSendingOutputStream out = new FileSendingOutputStream(new SessionOutputBufferImpl(8192),
                    client.socket().getOutputStream(), 5000, client);

            assertThatThrownBy(() -> out.send(channel, 0, 5000)).isInstanceOf(IOException.class)
                    .hasMessage("The file to upload ended after 1000 of 5000 bytes");
            assertThatThrownBy(() -> out.send(channel, 400, 700)).isInstanceOf(IOException.class)
                    .hasMessage("The file to upload ended after 600 of 700 bytes");
            assertThat(server.socket().getInputStream().readNBytes(1600)).isEqualTo(concat(
                    Arrays.copyOf(CONTENT, 1000), Arrays.copyOfRange(CONTENT, 400, 1000)));
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
