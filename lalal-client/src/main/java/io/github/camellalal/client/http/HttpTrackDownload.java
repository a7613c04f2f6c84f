package io.github.camellalal.client.http;

import io.github.camellalal.client.TrackDownload;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.WritableByteChannel;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;

/** An open track download on an HttpClient response; closing it releases (or discards) the connection. */
final class HttpTrackDownload implements TrackDownload {

    private final ClassicHttpResponse response;
    private final org.apache.hc.client5.http.classic.methods.HttpUriRequestBase request;
    private final HttpEntity entity;
    private final String fileName;
    private final InputStream body;
    private final ChannelBodyInputStream raw;
    private volatile boolean readToEnd;

    HttpTrackDownload(org.apache.hc.client5.http.classic.methods.HttpUriRequestBase request,
            ClassicHttpResponse response, String fileName, ChannelBodyInputStream raw) {
        this.request = request;
        this.raw = raw;
        this.response = response;
        this.entity = response.getEntity();
        this.fileName = fileName;
        try {
            this.body = new FilterInputStream(entity.getContent()) {
                @Override
                public int read() throws IOException {
                    return ended(super.read());
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return ended(super.read(b, off, len));
                }
            };
        } catch (IOException e) {
            request.cancel();
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public long contentLength() {
        return entity.getContentLength();
    }

    @Override
    public String contentType() {
        return entity.getContentType();
    }

    @Override
    public InputStream body() {
        return body;
    }

    /**
     * On a plain connection with a Content-Length, the bytes go from the socket to {@code target} through one direct
     * buffer; otherwise they are read from {@link #body()}.
     */
    @Override
    public long transferTo(WritableByteChannel target) throws IOException {
        // HttpClient decodes a gzip body in a wrapper of unknown length: the raw bytes are not the track then
        if (raw == null || raw.length() != entity.getContentLength()) {
            return TrackDownload.super.transferTo(target);
        }
        long n = raw.transferTo(target);
        // the end, read through HttpClient's stream, releases the connection for the next request
        if (body.read() != -1) {
            throw new IOException("The track " + fileName + " did not end at its Content-Length");
        }
        return n;
    }

    /** The body that can go from the socket to a channel, or {@code null} (TLS, chunked, no length). */
    ChannelBodyInputStream channelBody() {
        return raw;
    }

    private int ended(int n) {
        if (n < 0) {
            readToEnd = true;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        // A track read to its end leaves the connection reusable. Otherwise a plain close would read the rest of
        // the track to reuse the connection: abort the exchange instead.
        if (!readToEnd) {
            request.cancel();
            try {
                response.close();
            } catch (IOException e) {
                // the aborted connection is discarded: its body stream cannot be read to the end, nothing is lost
            }
            return;
        }
        response.close();
    }
}
