package io.github.camellalal.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.function.Supplier;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.io.SessionInputBuffer;
import org.apache.hc.core5.http.io.SessionOutputBuffer;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections that log requests and answers with the license masked. HttpClient's own connections print every
 * header (and, with the wire log, every byte) verbatim at DEBUG, so a user debugging HTTP would see the key; these
 * log the head of each message to {@code io.github.camellalal.client.v0.headers} instead and keep no wire log.
 */
final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    private static final Logger HEADERS = LoggerFactory.getLogger("io.github.camellalal.client.v0.headers");
    private static final AtomicLong COUNTER = new AtomicLong();
    /**
     * Session buffers of 64 KiB instead of 8 KiB: reads and writes smaller than the buffer go through it, so larger
     * buffers mean fewer system calls for the heads and small bodies; track bodies bypass them in 256 KiB pieces.
     */
    private static final Http1Config HTTP1 = Http1Config.custom().setBufferSize(64 * 1024).build();

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        QuietConnection connection = new QuietConnection("lalal-" + COUNTER.incrementAndGet());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    /**
     * The channel a body may bypass the connection's streams through, or {@code null}. Only a plain connection has
     * one: a TLS socket layered over a channel-backed socket answers {@code getChannel()} with the channel beneath
     * it, and writing there would put the body on the wire in clear (reading there would deliver the encrypted
     * records as the body). So a connection holding a TLS socket, or any socket layered over another, never has
     * one, whatever {@code getChannel()} says.
     */
    static SocketChannel plainChannel(SocketHolder holder) {
        if (holder == null || holder.getSSLSocket() != null) {
            return null;
        }
        Socket socket = holder.getSocket();
        if (socket instanceof SSLSocket || socket != holder.getBaseSocket()) {
            return null;
        }
        return socket.getChannel();
    }

    private static final class QuietConnection extends DefaultBHttpClientConnection
            implements ManagedHttpClientConnection {
        private final String id;
        private Timeout activeTimeout;

        QuietConnection(String id) {
            super(HTTP1);
            this.id = id;
        }

        @Override
        public Socket getSocket() {
            SocketHolder holder = getSocketHolder();
            return holder == null ? null : holder.getSocket();
        }

        @Override
        public void passivate() {
            activeTimeout = getSocketTimeout();
            setSocketTimeout(Timeout.ZERO_MILLISECONDS);
        }

        @Override
        public void activate() {
            if (activeTimeout != null) {
                setSocketTimeout(activeTimeout);
            }
        }

        private SocketChannel plainChannel() {
            return QuietConnectionFactory.plainChannel(getSocketHolder());
        }

        @Override
        protected OutputStream createContentOutputStream(long len, SessionOutputBuffer buffer,
                OutputStream outputStream, Supplier<List<? extends Header>> trailers) {
            SocketChannel channel = plainChannel();
            if (len >= 0 && channel != null) {
                return new FileSendingOutputStream(buffer, outputStream, len, channel);
            }
            return super.createContentOutputStream(len, buffer, outputStream, trailers);
        }

        @Override
        protected InputStream createContentInputStream(long len, SessionInputBuffer buffer,
                InputStream inputStream) {
            SocketChannel channel = plainChannel();
            if (len > 0 && channel != null) {
                return new ChannelBodyInputStream(buffer, inputStream, len, channel, () -> {
                    Timeout t = getSocketTimeout();
                    return t == null ? 0 : t.toMilliseconds();
                });
            }
            return super.createContentInputStream(len, buffer, inputStream);
        }

        @Override
        protected void onRequestSubmitted(ClassicHttpRequest request) {
            if (request != null && HEADERS.isDebugEnabled()) {
                HEADERS.debug("{} >> {} {}", id, request.getMethod(), LicenseMask.mask(request.getRequestUri()));
                for (Header h : request.getHeaders()) {
                    HEADERS.debug("{} >> {}: {}", id, h.getName(),
                            LicenseMask.maskHeader(h.getName(), h.getValue()));
                }
            }
        }

        @Override
        protected void onResponseReceived(ClassicHttpResponse response) {
            if (response != null && HEADERS.isDebugEnabled()) {
                HEADERS.debug("{} << {} {}", id, response.getCode(), response.getReasonPhrase());
                for (Header h : response.getHeaders()) {
                    HEADERS.debug("{} << {}: {}", id, h.getName(), h.getValue());
                }
            }
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
