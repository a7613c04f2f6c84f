package io.github.camellalal.component.spool;

import io.github.camellalal.client.TrackDownload;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.converter.stream.InputStreamCache;
import org.apache.camel.support.TempDirHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns downloaded tracks into stream-cache bodies, whatever Camel's own spool settings: a track up to
 * {@code threshold} bytes in memory, a longer one written once, as it arrives, to a file in the spool directory.
 * Frees every file still present when the component stops or the JVM exits.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class TrackSpool {

    private static final Logger LOG = LoggerFactory.getLogger(TrackSpool.class);

    private final CamelContext camelContext;
    private final long threshold;
    private final String configuredDirectory;
    private final Set<SpoolFile.Handle> live = ConcurrentHashMap.newKeySet();
    private final Thread shutdownHook = new Thread(this::releaseAll, "lalal-spool-cleanup");
    private volatile Path directory;
    private boolean ownsDirectory;

    /**
     * A spool of the component's options streamCacheThreshold (bytes kept in memory) and spoolDirectory (null: Camel's
     * stream-cache spool directory, or the same default place).
     */
    public TrackSpool(CamelContext camelContext, long threshold, String directory) {
        this.camelContext = camelContext;
        this.threshold = threshold;
        this.configuredDirectory = directory;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Reads the download to its end into a stream cache tied to {@code exchange}; does not close the download. */
    public StreamCache cache(TrackDownload download, Exchange exchange) throws IOException {
        InputStream in = download.body();
        long declared = download.contentLength();
        int inMemoryMax = (int) Math.min(threshold, Integer.MAX_VALUE - 16);
        byte[] head = new byte[0];
        if (declared < 0 || declared <= threshold) {
            // unknown or small: memory up to the threshold, one byte more tells whether it is longer
            head = in.readNBytes(inMemoryMax + 1);
            if (head.length <= inMemoryMax) {
                requireDeclaredLength(declared, head.length);
                return new InputStreamCache(head);
            }
        }
        SpoolFile file = SpoolFile.create(directory(), live);
        try {
            file.write(head, download);
            requireDeclaredLength(declared, file.length());
        } catch (IOException | RuntimeException e) {
            file.release();
            throw e;
        }
        file.addExchange(exchange);
        return new SpooledTrack(file);
    }

    /** Frees a body this spool made that is not delivered after all (e.g. it is not the track's length). */
    public void release(StreamCache body) {
        if (body instanceof SpooledTrack spooled) {
            spooled.spool().release();
        }
    }

    /**
     * A body of another length than its Content-Length is not the track: HttpClient's streams and the channel path
     * already fail on a short body, this makes sure no path delivers one.
     */
    private static void requireDeclaredLength(long declared, long arrived) throws IOException {
        if (declared >= 0 && arrived != declared) {
            throw new IOException(arrived + " bytes arrived where the answer's Content-Length was " + declared);
        }
    }

    /** The files not yet freed (names still present or descriptors open). */
    public int liveFiles() {
        return live.size();
    }

    private Path directory() throws IOException {
        Path dir = directory;
        if (dir != null) {
            return dir;
        }
        synchronized (this) {
            if (directory == null) {
                directory = resolveDirectory();
            }
            return directory;
        }
    }

    private Path resolveDirectory() throws IOException {
        if (configuredDirectory != null && !configuredDirectory.isBlank()) {
            return Path.of(configuredDirectory);
        }
        File camels = camelContext.getStreamCachingStrategy().getSpoolDirectory();
        if (camels != null) {
            return camels.toPath();
        }
        // Camel resolves its spool directory only when its own spooling is on: use the same default place
        Path dir = Path.of(TempDirHelper.resolveDefaultTempDir(camelContext, null));
        ownsDirectory = !Files.exists(dir);
        Files.createDirectories(dir);
        return dir;
    }

    /** Frees every spooled track and the directory this spool created. */
    public void close() {
        releaseAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
        synchronized (this) {
            if (ownsDirectory && directory != null) {
                try {
                    Files.deleteIfExists(directory);
                } catch (IOException e) {
                    LOG.debug("Could not remove spool directory {}: {}", directory, e.getMessage());
                }
            }
            directory = null;
        }
    }

    private void releaseAll() {
        for (SpoolFile.Handle h : List.copyOf(live)) {
            h.run();
        }
    }
}
