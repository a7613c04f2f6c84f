package io.github.camellalal.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The baseline of the http transfer rows, run in a fresh JVM: HTTP/1.1 by hand over a plain socket, no HTTP library.
 * Upload sends the file with {@code FileChannel.transferTo} (zero copy); download reads the socket into a 1 MiB
 * direct buffer and writes that to the file (no copy through the heap). The untimed warm-up transfer and the timed
 * one share one kept-alive connection, as the component's pooled connection does. Prints {@link ChildResult#line}.
 */
public final class SocketCopyMain implements HandCopy {

    private final URI base;
    /** Answer heads, and whatever arrived with them. */
    private final ByteBuffer head = ByteBuffer.allocate(8192).limit(0);
    private SocketChannel socket;

    private SocketCopyMain(URI base) {
        this.base = base;
    }

    /** Args: {@code up <baseUrl> <file>} or {@code down <baseUrl> <bytes> <target file>}. */
    public static void main(String[] args) throws IOException {
        ChildResult.sampleHeap();
        SocketCopyMain copy = new SocketCopyMain(URI.create(args[1]));
        HandCopy.run(args, copy, "warmup-socket.wav");
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
    }

    /** The connection, opened by the first transfer. */
    private SocketChannel socket() throws IOException {
        if (socket == null) {
            socket = SocketChannel.open(new InetSocketAddress(base.getHost(), base.getPort()));
        }
        return socket;
    }

    @Override
    public long upload(Path file) throws IOException {
        try (FileChannel f = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = f.size();
            write(socket(), "POST /api/upload/ HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Length: " + size
                    + "\r\nContent-Disposition: attachment; filename=\"bench.mp3\"\r\n\r\n");
            long sent = 0;
            while (sent < size) {
                sent += f.transferTo(sent, size - sent, socket);
            }
            long length = contentLength();
            while (head.remaining() < length) {
                head.compact();
                if (socket.read(head) < 0) {
                    throw new IOException("the answer ended early");
                }
                head.flip();
            }
            String answer = new String(head.array(), head.position(), (int) length, StandardCharsets.ISO_8859_1);
            head.position(head.position() + (int) length);
            if (!answer.contains("\"size\":" + size)) {
                throw new IOException("unexpected answer: " + answer);
            }
            return size;
        }
    }

    @Override
    public long download(long size, Path target) throws IOException {
        try (FileChannel f = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            write(socket(), "GET /media/" + size + "/bench.mp3 HTTP/1.1\r\nHost: " + base.getHost() + "\r\n\r\n");
            if (contentLength() != size) {
                throw new IOException("the answer's Content-Length is not " + size);
            }
            // what came with the head is the body's start
            ByteBuffer start = head.slice().limit((int) Math.min(head.remaining(), size));
            head.position(head.position() + start.remaining());
            long written = f.write(start);
            // FileChannel.transferFrom a socket moves 8 KiB per call in the JDK: a 1 MiB direct buffer is faster
            ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
            while (written < size) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), size - written));
                if (socket.read(buffer) < 0) {
                    throw new IOException("download ended early at " + written);
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    written += f.write(buffer);
                }
            }
            return written;
        }
    }

    /** Reads an answer's head into {@link #head} (positioned after it) and returns its Content-Length. */
    private long contentLength() throws IOException {
        head.compact().flip();
        int end;
        while ((end = headEnd(head)) < 0) {
            head.position(head.limit()).limit(head.capacity());
            if (socket.read(head) < 0) {
                throw new IOException("the connection ended in the answer's head");
            }
            head.flip();
        }
        String text = new String(head.array(), 0, end, StandardCharsets.ISO_8859_1);
        head.position(end);
        if (!text.startsWith("HTTP/1.1 200")) {
            throw new IOException("unexpected answer: " + text);
        }
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Long.parseLong(line.substring(15).trim());
            }
        }
        throw new IOException("no Content-Length in " + text);
    }

    /** The index after the blank line ending the head that starts at index 0, or -1. */
    private static int headEnd(ByteBuffer b) {
        byte[] a = b.array();
        for (int i = 3; i < b.limit(); i++) {
            if (a[i] == '\n' && a[i - 1] == '\r' && a[i - 2] == '\n' && a[i - 3] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    private static void write(SocketChannel s, String text) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
        while (b.hasRemaining()) {
            s.write(b);
        }
    }
}
