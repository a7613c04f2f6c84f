package io.github.camellalal.benchmarks;

import java.io.ByteArrayOutputStream;
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
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * The baseline of the https transfer rows, run in a fresh JVM: HTTP/1.1 by hand over the JDK's {@link SSLSocket}
 * (which has no channel), with the host name verified as an https client does, no HTTP library. Both directions move
 * the bytes through one heap buffer ({@code -Dbench.tlsBuffer}, default 256 KiB): the upload fills it from the file
 * and writes it to the socket; the download fills it from the socket and writes it to the file through a
 * {@code FileChannel}. The untimed warm-up transfer and the timed one share one kept-alive connection, as the
 * component's pooled connection does, so the timed one after a warm-up makes no handshake. Trusts the truststore
 * {@code -Dbench.trustStore} (PKCS12, password {@code -Dbench.trustStorePassword}). Prints {@link ChildResult#line}.
 */
public final class TlsCopyMain implements HandCopy {

    private final SSLContext tls;
    private final URI base;
    private final byte[] buffer;
    private SSLSocket socket;

    private TlsCopyMain(SSLContext tls, URI base, byte[] buffer) {
        this.tls = tls;
        this.base = base;
        this.buffer = buffer;
    }

    /** Args: {@code up <baseUrl> <file>} or {@code down <baseUrl> <bytes> <target file>}. */
    public static void main(String[] args) throws Exception {
        ChildResult.sampleHeap();
        SSLContext tls = trusting(Path.of(System.getProperty("bench.trustStore")),
                System.getProperty("bench.trustStorePassword", "").toCharArray());
        TlsCopyMain copy = new TlsCopyMain(tls, URI.create(args[1]),
                new byte[Integer.getInteger("bench.tlsBuffer", 256 * 1024)]);
        HandCopy.run(args, copy, "warmup-tls.wav");
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
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

    /** The connection, opened (and its handshake made) by the first transfer. */
    private SSLSocket socket() throws IOException {
        if (socket == null) {
            SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket(base.getHost(), base.getPort());
            SSLParameters parameters = s.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            s.setSSLParameters(parameters);
            socket = s;
        }
        return socket;
    }

    @Override
    public long upload(Path file) throws IOException {
        try (FileChannel f = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = f.size();
            OutputStream out = socket().getOutputStream();
            out.write(("POST /api/upload/ HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Length: " + size
                    + "\r\nContent-Disposition: attachment; filename=\"bench.mp3\"\r\n\r\n")
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
            InputStream in = socket.getInputStream();
            long length = contentLength(in);
            String answer = new String(in.readNBytes((int) length), StandardCharsets.ISO_8859_1);
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
            socket().getOutputStream().write(("GET /media/" + size + "/bench.mp3 HTTP/1.1\r\nHost: "
                    + base.getHost() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            if (contentLength(in) != size) {
                throw new IOException("the answer's Content-Length is not " + size);
            }
            ByteBuffer view = ByteBuffer.wrap(buffer);
            long written = 0;
            while (written < size) {
                // fill the buffer from the socket (a read returns at most one TLS record), then one write
                int want = (int) Math.min(buffer.length, size - written);
                int got = in.readNBytes(buffer, 0, want);
                if (got < want) {
                    throw new IOException("download ended early at " + (written + got));
                }
                view.clear().limit(got);
                while (view.hasRemaining()) {
                    f.write(view);
                }
                written += got;
            }
            return written;
        }
    }

    /** Reads an answer's head (a byte at a time: the body stays in the stream) and returns its Content-Length. */
    private static long contentLength(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0D0A0D0A) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection ended in the answer's head");
            }
            head.write(b);
            last4 = last4 << 8 | b;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
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
}
