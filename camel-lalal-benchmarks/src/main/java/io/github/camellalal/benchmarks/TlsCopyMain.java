package io.github.camellalal.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * The baseline of the https transfer rows, run in a fresh JVM: HTTP/1.1 by hand over the JDK's {@link SSLSocket}
 * (which has no channel), with the host name verified as an https client does, no HTTP library. Both directions move
 * the bytes through one heap buffer ({@code -Dbench.tlsBuffer}, default 256 KiB): the upload fills it from the file
 * and writes it to the socket; the download fills it from the socket and writes it to the file through a
 * {@code FileChannel}. Trusts the truststore {@code -Dbench.trustStore} (PKCS12, password
 * {@code -Dbench.trustStorePassword}). Prints {@link ChildResult#line}.
 */
public final class TlsCopyMain {

    private TlsCopyMain() {
    }

    /** Args: {@code up <baseUrl> <file>} or {@code down <baseUrl> <bytes> <target file>}. */
    public static void main(String[] args) throws Exception {
        ChildResult.sampleHeap();
        URI base = URI.create(args[1]);
        SSLContext tls = trusting(Path.of(System.getProperty("bench.trustStore")),
                System.getProperty("bench.trustStorePassword", "").toCharArray());
        byte[] buffer = new byte[Integer.getInteger("bench.tlsBuffer", 256 * 1024)];
        long warmup = Long.getLong("bench.warmupBytes", 0);
        if (warmup > 0) {
            // the same untimed small transfer as the component's JVM makes
            if (args[0].equals("up")) {
                Path small = BenchFiles.sample(Path.of(args[2]).resolveSibling("warmup-tls.wav"), warmup);
                upload(tls, base, small, buffer);
                Files.delete(small);
            } else {
                download(tls, base, warmup, Path.of(args[3]), buffer);
            }
        }
        long startedCpu = ChildResult.processCpuNanos();
        long started = System.nanoTime();
        long bytes = args[0].equals("up") ? upload(tls, base, Path.of(args[2]), buffer)
                : download(tls, base, Long.parseLong(args[2]), Path.of(args[3]), buffer);
        System.out.println(ChildResult.line(started, startedCpu, bytes));
    }

    /** A client context trusting the certificates of a PKCS12 truststore. */
    static SSLContext trusting(Path trustStore, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            store.load(in, password);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static SSLSocket connect(SSLContext tls, URI base) throws IOException {
        SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket(base.getHost(), base.getPort());
        SSLParameters parameters = s.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        s.setSSLParameters(parameters);
        return s;
    }

    private static long upload(SSLContext tls, URI base, Path file, byte[] buffer) throws IOException {
        try (SSLSocket s = connect(tls, base); FileChannel f = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = f.size();
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/upload/ HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Length: " + size
                    + "\r\nContent-Disposition: attachment; filename=\"bench.mp3\"\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            ByteBuffer view = ByteBuffer.wrap(buffer);
            long sent = 0;
            while (sent < size) {
                view.clear();
                while (view.hasRemaining() && f.read(view) >= 0) {
                    continue; // fill the buffer, up to the end of the file
                }
                if (view.position() == 0) {
                    throw new IOException("the file ended after " + sent + " of " + size + " bytes");
                }
                out.write(buffer, 0, view.position());
                sent += view.position();
            }
            out.flush();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            if (!answer.contains("\"size\":" + size)) {
                throw new IOException("unexpected answer: " + answer);
            }
            return size;
        }
    }

    private static long download(SSLContext tls, URI base, long size, Path target, byte[] buffer)
            throws IOException {
        try (SSLSocket s = connect(tls, base);
             FileChannel f = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            s.getOutputStream().write(("GET /media/" + size + "/bench.mp3 HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            // the head, and whatever of the body came with it
            int filled = 0;
            int end = -1;
            while (end < 0) {
                int n = in.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    throw new IOException("no answer");
                }
                filled += n;
                end = headEnd(buffer, filled);
            }
            ByteBuffer view = ByteBuffer.wrap(buffer);
            long written = write(f, view.limit(filled).position(end));
            while (written < size) {
                // fill the buffer from the socket (a read returns at most one TLS record), then one write
                int want = (int) Math.min(buffer.length, size - written);
                int got = in.readNBytes(buffer, 0, want);
                if (got < want) {
                    throw new IOException("download ended early at " + (written + got));
                }
                written += write(f, view.clear().limit(got));
            }
            return written;
        }
    }

    private static long write(FileChannel f, ByteBuffer data) throws IOException {
        int n = data.remaining();
        while (data.hasRemaining()) {
            f.write(data);
        }
        return n;
    }

    private static int headEnd(byte[] a, int length) {
        for (int i = 3; i < length; i++) {
            if (a[i] == '\n' && a[i - 1] == '\r' && a[i - 2] == '\n' && a[i - 3] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }
}
