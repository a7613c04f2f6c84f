package io.github.camellalal.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The baseline of the transfer rows, run in a fresh JVM: HTTP/1.1 by hand over a plain socket, no HTTP library.
 * Upload sends the file with {@code FileChannel.transferTo} (zero copy); download reads the socket into a 1 MiB
 * direct buffer and writes that to the file (no copy through the heap). Prints {@link ChildResult#line}.
 */
public final class SocketCopyMain {

    private SocketCopyMain() {
    }

    /** Args: {@code up <baseUrl> <file>} or {@code down <baseUrl> <bytes> <target file>}. */
    public static void main(String[] args) throws IOException {
        ChildResult.sampleHeap();
        URI base = URI.create(args[1]);
        long warmup = Long.getLong("bench.warmupBytes", 0);
        if (warmup > 0) {
            // the same untimed small transfer as the component's JVM makes
            if (args[0].equals("up")) {
                Path small = BenchFiles.sample(Path.of(args[2]).resolveSibling("warmup-socket.wav"), warmup);
                upload(base, small);
                Files.delete(small);
            } else {
                download(base, warmup, Path.of(args[3]));
            }
        }
        long startedCpu = ChildResult.processCpuNanos();
        long started = System.nanoTime();
        long bytes = args[0].equals("up") ? upload(base, Path.of(args[2]))
                : download(base, Long.parseLong(args[2]), Path.of(args[3]));
        System.out.println(ChildResult.line(started, startedCpu, bytes));
    }

    private static long upload(URI base, Path file) throws IOException {
        try (SocketChannel s = SocketChannel.open(new InetSocketAddress(base.getHost(), base.getPort()));
             FileChannel f = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = f.size();
            write(s, "POST /api/upload/ HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Length: " + size
                    + "\r\nContent-Disposition: attachment; filename=\"bench.mp3\"\r\nConnection: close\r\n\r\n");
            long sent = 0;
            while (sent < size) {
                sent += f.transferTo(sent, size - sent, s);
            }
            ByteBuffer answer = ByteBuffer.allocate(4096);
            while (s.read(answer) >= 0 && answer.hasRemaining()) {
                // read to the end of the answer
                continue;
            }
            String text = new String(answer.array(), 0, answer.position(), StandardCharsets.ISO_8859_1);
            if (!text.contains("\"size\":" + size)) {
                throw new IOException("unexpected answer: " + text);
            }
            return size;
        }
    }

    private static long download(URI base, long size, Path target) throws IOException {
        try (SocketChannel s = SocketChannel.open(new InetSocketAddress(base.getHost(), base.getPort()));
             FileChannel f = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            write(s, "GET /media/" + size + "/bench.mp3 HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nConnection: close\r\n\r\n");
            ByteBuffer head = ByteBuffer.allocate(8192);
            int end = -1;
            while (end < 0) {
                if (s.read(head) < 0) {
                    throw new IOException("no answer");
                }
                end = headEnd(head);
            }
            head.flip();
            head.position(end);
            long written = f.write(head);
            // FileChannel.transferFrom a socket moves 8 KiB per call in the JDK: a 1 MiB direct buffer is faster
            ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
            while (written < size) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), size - written));
                if (s.read(buffer) < 0) {
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

    private static int headEnd(ByteBuffer b) {
        byte[] a = b.array();
        for (int i = 3; i < b.position(); i++) {
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
