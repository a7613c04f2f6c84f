package io.github.camellalal.component.spool;

import io.github.camellalal.client.TrackDownload;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.spi.UnitOfWork;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * One track spooled to a temporary file, shared by the {@link SpooledTrack} views of it (an exchange's body and
 * the copies multicast and splitter make). Its name is removed when the last exchange holding it completes, as
 * Camel removes its own spool files. When a caller waits for the reply (a request-reply exchange whose body is
 * still the track), the open descriptor keeps the bytes readable for it until it closes the body (Camel's
 * conversions do), the body is garbage collected, or the component stops; otherwise the file is freed at once.
 */
final class SpoolFile {

    private static final Cleaner CLEANER = Cleaner.create();

    private final Handle handle;
    private final AtomicInteger exchanges = new AtomicInteger();
    private volatile boolean completed;
    private long length;

    private SpoolFile(Handle handle) {
        this.handle = handle;
        CLEANER.register(this, handle);
    }

    /**
     * Creates the file with the platform's default permissions (not the owner-only ones of
     * {@code Files.createTempFile}), so a file a route copies from it gets them too.
     */
    static SpoolFile create(Path directory, Set<Handle> live) throws IOException {
        Files.createDirectories(directory);
        Path path = directory.resolve("lalal-" + UUID.randomUUID() + ".tmp");
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        Handle handle = new Handle(path, channel, live);
        live.add(handle);
        return new SpoolFile(handle);
    }

    /** Writes {@code head} and then the rest of the download, once, as it arrives. */
    void write(byte[] head, TrackDownload download) throws IOException {
        FileChannel channel = handle.channel;
        ByteBuffer h = ByteBuffer.wrap(head);
        while (h.hasRemaining()) {
            channel.write(h);
        }
        download.transferTo(channel);
        length = channel.position();
    }

    long length() {
        return length;
    }

    Path path() {
        return handle.path;
    }

    /** Whether the file's name still exists, i.e. no exchange holding it has completed yet. */
    boolean named() {
        return !completed;
    }

    FileChannel channel() throws IOException {
        if (handle.released) {
            throw new IOException("The spooled track " + handle.path.getFileName() + " was released: read it before "
                    + "closing it, and within the route or from the completed exchange's body");
        }
        return handle.channel;
    }

    /** Frees the file; its views cannot be read any more. */
    void release() {
        handle.run();
    }

    /** Ties the file to {@code exchange}: when the last exchange holding it completes, its name goes. */
    void addExchange(Exchange exchange) {
        exchanges.incrementAndGet();
        Synchronization onDone = new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                if (exchanges.decrementAndGet() == 0) {
                    completed = true;
                    handle.unlink();
                    // Only a caller waiting for the reply (a ProducerTemplate, an HTTP consumer) reads the body
                    // after completion; otherwise, or when the body is not this track any more, free the space now.
                    if (!done.getPattern().isOutCapable() || !heldBy(done.getMessage().getBody())) {
                        handle.run();
                    }
                }
            }
        };
        // As Camel's own spool files: a sub-exchange of a multicast or splitter whose result is aggregated later
        // belongs to the unit of work of the main route.
        UnitOfWork parent = exchange.getProperty(ExchangePropertyKey.STREAM_CACHE_UNIT_OF_WORK, UnitOfWork.class);
        if (parent != null && parent.getRoute() != null) {
            parent.addSynchronization(onDone);
        } else {
            exchange.getExchangeExtension().addOnCompletion(onDone);
        }
    }

    /** Whether a completed exchange's body still leads to this file (then its caller may read it). */
    private boolean heldBy(Object body) {
        if (body instanceof SpooledTrack t) {
            return t.spool() == this;
        }
        if (body instanceof Collection<?> list) {
            for (Object o : list) {
                if (o instanceof Message m && heldBy(m.getBody()) || heldBy(o)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Path and descriptor, apart from the views so that the cleaner can run when they are unreachable. */
    static final class Handle implements Runnable {
        private final Path path;
        private final FileChannel channel;
        private final Set<Handle> live;
        private volatile boolean released;

        Handle(Path path, FileChannel channel, Set<Handle> live) {
            this.path = path;
            this.channel = channel;
            this.live = live;
        }

        void unlink() {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // released later, and at the latest when the component stops
            }
        }

        @Override
        public void run() {
            released = true;
            try {
                channel.close();
            } catch (IOException e) {
                // the descriptor is gone either way
            }
            unlink();
            live.remove(this);
        }
    }
}
