package io.github.camellalal.client;

import java.io.IOException;
import java.io.InputStream;

/**
 * An open download of a result track. The caller reads {@link #body()} and must close this, which releases
 * the connection.
 */
public interface TrackDownload extends AutoCloseable {

    /** The name the service gave the file, else the URL's last path segment. */
    String fileName();

    /** The length in bytes, or -1 when the service did not say. */
    long contentLength();

    /** The media type, or {@code null}. */
    String contentType();

    /** The track's bytes as they arrive; read once. */
    InputStream body();

    @Override
    void close() throws IOException;
}
