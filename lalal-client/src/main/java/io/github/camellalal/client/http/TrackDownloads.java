package io.github.camellalal.client.http;

import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.DownloadResult;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalTransportException;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.TrackDownload;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;

/**
 * Downloads of result tracks, the same for every API: streamed, a few redirects followed (a CDN may send the track
 * elsewhere), never licensed (track URLs may point to another host). Thread-safe.
 */
public final class TrackDownloads {

    /** Redirects a track download follows at most. */
    static final int MAX_REDIRECTS = 5;
    private static final java.util.Set<Integer> REDIRECTS = java.util.Set.of(301, 302, 303, 307, 308);

    private final CloseableHttpClient http;

    /** Downloads over {@code http}, which the caller closes. */
    public TrackDownloads(CloseableHttpClient http) {
        this.http = http;
    }

    /** Opens a result track for streaming; see {@link io.github.camellalal.client.LalalClient#openDownload}. */
    public TrackDownload openDownload(String url) {
        if (url == null || url.isBlank()) {
            throw new LalalValidationException("url", url, "a track URL from a check answer");
        }
        String current = url;
        for (int hop = 0; ; hop++) {
            java.net.URI uri = httpUri(url, current);
            HttpGet get = new HttpGet(uri);
            HttpClientContext context = HttpClientContext.create();
            ClassicHttpResponse response;
            try {
                // No license attribute: track URLs may point to another host and never carry the license.
                response = http.executeOpen(null, get, context);
            } catch (IOException e) {
                throw new LalalTransportException(ApiOperation.DOWNLOAD, List.of(),
                        "LALAL.AI download of " + withoutQuery(current)
                        + " failed: no answer (" + e + ")", e);
            }
            int status = response.getCode();
            Header location = response.getFirstHeader("Location");
            if (REDIRECTS.contains(status) && location != null) {
                // A CDN may send the track elsewhere: follow a few hops, still without the license.
                get.cancel();
                closeQuietly(response);
                if (hop == MAX_REDIRECTS) {
                    throw new LalalApiException(ApiOperation.DOWNLOAD, List.of(), "LALAL.AI download of "
                            + withoutQuery(url) + " failed: more than " + MAX_REDIRECTS + " redirects", null, status,
                            "", null);
                }
                String target = location.getValue().trim();
                try {
                    current = uri.resolve(target).toString();
                } catch (IllegalArgumentException e) {
                    current = target; // refused as not http(s) on the next hop
                }
                continue;
            }
            if (status < 200 || status > 299 || response.getEntity() == null) {
                String excerpt;
                try (InputStream in = response.getEntity() == null ? InputStream.nullInputStream()
                        : response.getEntity().getContent()) {
                    excerpt = BodyExcerpt.of(in.readNBytes(512));
                } catch (IOException e) {
                    excerpt = "";
                } finally {
                    get.cancel();
                    closeQuietly(response);
                }
                throw new LalalApiException(ApiOperation.DOWNLOAD, List.of(), "LALAL.AI download of "
                        + withoutQuery(current) + " failed: " + (status == 407 ? ProxyAuthentication.refusal(context)
                        : "HTTP " + status + ": " + excerpt), null, status, excerpt, null);
            }
            Header disposition = response.getFirstHeader("Content-Disposition");
            String name = ContentDispositions.fileName(disposition == null ? null : disposition.getValue(), current);
            return new HttpTrackDownload(get, response, name, ChannelBodies.of(context));
        }
    }

    /** A track URL, redirected or not, must be http(s): anything else is refused before a request. */
    private static java.net.URI httpUri(String original, String url) {
        java.net.URI uri;
        try {
            uri = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? ""
                : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new LalalApiException(ApiOperation.DOWNLOAD, List.of(), "LALAL.AI download of "
                    + withoutQuery(original) + " failed: " + withoutQuery(url) + " is not an http(s) URL", null, 0,
                    "", null);
        }
        return uri;
    }

    /** Streams a result track into {@code out} (not closed). */
    public DownloadResult download(String url, OutputStream out) {
        try (TrackDownload d = openDownload(url)) {
            long bytes = d.body().transferTo(out);
            return new DownloadResult(d.fileName(), bytes, d.contentType());
        } catch (IOException e) {
            throw new LalalTransportException(ApiOperation.DOWNLOAD, List.of(),
                    "LALAL.AI download of " + withoutQuery(url)
                    + " failed while reading: " + e.getMessage(), e);
        }
    }

    /** Streams a result track to disk: into a directory under the service's name, or to a file path. */
    public DownloadResult download(String url, Path target) {
        try (TrackDownload d = openDownload(url)) {
            Path file = Files.isDirectory(target) ? target.resolve(d.fileName()) : target;
            Path dir = file.toAbsolutePath().getParent();
            // not Files.createTempFile: its owner-only permissions would stay on the delivered file
            Path partial = Files.createFile(dir.resolve(".lalal-" + java.util.UUID.randomUUID() + ".part"));
            try {
                long bytes;
                try (FileChannel out = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                    bytes = d.transferTo(out);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new DownloadResult(file.getFileName().toString(), bytes, d.contentType());
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new LalalTransportException(ApiOperation.DOWNLOAD, List.of(),
                    "LALAL.AI download of " + withoutQuery(url)
                    + " to " + target + " failed: " + e.getMessage(), e);
        }
    }

    /** A URL for messages: its query may hold a CDN signature, so it is left out. */
    static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // the connection is discarded either way
        }
    }
}
