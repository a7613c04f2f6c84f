package io.github.camellalal.client.v0;

import io.github.camellalal.client.TrackDownload;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;

/** An open track download on an HttpClient response; closing it releases (or discards) the connection. */
final class HttpTrackDownload implements TrackDownload {

    private final ClassicHttpResponse response;
    private final org.apache.hc.client5.http.classic.methods.HttpUriRequestBase request;
    private final HttpEntity entity;
    private final String fileName;
    private final InputStream body;
    private volatile boolean readToEnd;

    HttpTrackDownload(org.apache.hc.client5.http.classic.methods.HttpUriRequestBase request,
            ClassicHttpResponse response, String fileName) {
        this.request = request;
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
        }
        response.close();
    }
}
