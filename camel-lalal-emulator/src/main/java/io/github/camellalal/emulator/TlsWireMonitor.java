package io.github.camellalal.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proves that nothing crosses a wire in clear: a TCP relay on 127.0.0.1 in front of a host and port (an https
 * emulator's, or any TLS server's) that reads each direction of every connection as a sequence of TLS records and
 * reports the bytes relayed, the records seen, every byte that was not part of a well-formed record, and whether
 * given markers (a license key, a known piece of an upload) ever appeared in the raw bytes. A client connects to
 * {@link #port()} instead of the server's port; host names in certificates still match, as the relay is on the
 * loopback address too.
 *
 * <p>Bytes are inspected and forwarded, never kept: memory per connection is two buffers, however much passes.
 * At most {@code maxConnections} connections are relayed at once (more are closed at once and counted as refused),
 * and a connection idle in both directions for {@code idleTimeout} is closed.
 *
 * <pre>{@code
 * try (TlsWireMonitor wire = TlsWireMonitor.relayTo(emulator.port()).watchFor("my-license-key").start()) {
 *     // the client under test uses https://127.0.0.1:<wire.port()>
 *     assertThat(wire.report().onlyTls()).isTrue();
 *     assertThat(wire.report().markersSeen()).isEmpty();
 * }
 * }</pre>
 */
public final class TlsWireMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TlsWireMonitor.class);
    private static final int BUFFER = 64 * 1024;
    /** How often a blocked read wakes up to check the idle time and whether the monitor closed. */
    private static final int POLL_MILLIS = 200;

    private final Builder settings;
    private final ServerSocket listener;
    private final ExecutorService threads;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final Flow clientToServer;
    private final Flow serverToClient;
    private volatile boolean closed;

    private TlsWireMonitor(Builder settings) throws IOException {
        this.settings = settings;
        this.clientToServer = new Flow("client to server", settings.markers);
        this.serverToClient = new Flow("server to client", settings.markers);
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tls-wire-monitor-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        threads.execute(this::accept);
    }

    /** Relays to a port of 127.0.0.1, e.g. {@code emulator.port()}. */
    public static Builder relayTo(int port) {
        return relayTo("127.0.0.1", port);
    }

    /** Relays to a host and port. */
    public static Builder relayTo(String host, int port) {
        return new Builder(host, port);
    }

    /** The port on 127.0.0.1 clients connect to. */
    public int port() {
        return listener.getLocalPort();
    }

    /** What crossed the wire so far, over every connection. */
    public Report report() {
        return new Report(connections.get(), refused.get(), clientToServer.snapshot(), serverToClient.snapshot());
    }

    /** Stops accepting, closes every relayed connection and waits (briefly) for its threads. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        open.forEach(Connection::close);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            if (open.size() >= settings.maxConnections) {
                refused.incrementAndGet();
                closeQuietly(client);
                continue;
            }
            connections.incrementAndGet();
            Connection c = new Connection(client, new Socket());
            try {
                c.server.connect(new InetSocketAddress(settings.host, settings.port), 10_000);
                c.start();
            } catch (IOException | RuntimeException e) {
                LOG.debug("Cannot relay to {}:{}: {}", settings.host, settings.port, e.toString());
                c.close();
            }
        }
    }

    /** One relayed connection: a thread per direction, closed when both ended, on an error or when idle. */
    private final class Connection {
        private final Socket client;
        private final Socket server;
        private final AtomicInteger running = new AtomicInteger(2);
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile long lastActivity = System.nanoTime();

        Connection(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() throws IOException {
            open.add(this);
            client.setSoTimeout(POLL_MILLIS);
            server.setSoTimeout(POLL_MILLIS);
            InputStream fromClient = client.getInputStream();
            OutputStream toServer = server.getOutputStream();
            InputStream fromServer = server.getInputStream();
            OutputStream toClient = client.getOutputStream();
            threads.execute(() -> pump(fromClient, toServer, server, clientToServer.scanner()));
            threads.execute(() -> pump(fromServer, toClient, client, serverToClient.scanner()));
        }

        private void pump(InputStream in, OutputStream out, Socket target, Flow.Scanner scanner) {
            byte[] buffer = new byte[BUFFER];
            boolean clean = false;
            try {
                while (!closed) {
                    int n;
                    try {
                        n = in.read(buffer);
                    } catch (SocketTimeoutException e) {
                        if (System.nanoTime() - lastActivity > settings.idleTimeout.toNanos()) {
                            LOG.debug("Closing a connection idle for {}", settings.idleTimeout);
                            break;
                        }
                        continue;
                    }
                    if (n < 0) {
                        clean = true;
                        break;
                    }
                    lastActivity = System.nanoTime();
                    scanner.scan(buffer, n); // before forwarding: what a client received has been inspected
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                LOG.debug("Relay ended: {}", e.toString());
            } finally {
                scanner.end();
                if (clean) {
                    try {
                        target.shutdownOutput(); // pass the half-close on; the other direction goes on
                    } catch (IOException e) {
                        close();
                    }
                } else {
                    close();
                }
                if (running.decrementAndGet() == 0) {
                    close();
                }
            }
        }

        void close() {
            if (ended.compareAndSet(false, true)) {
                closeQuietly(client);
                closeQuietly(server);
                open.remove(this);
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // already closed or reset: nothing left to release
        }
    }

    /** The totals of one direction over every connection, fed by one scanner per connection. */
    private static final class Flow {
        private final String name;
        private final Map<String, byte[]> markers;
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicLong records = new AtomicLong();
        private final AtomicLong notTls = new AtomicLong();
        private final AtomicReference<String> firstProblem = new AtomicReference<>();
        private final Set<String> markersSeen = ConcurrentHashMap.newKeySet();

        Flow(String name, Map<String, byte[]> markers) {
            this.name = name;
            this.markers = markers;
        }

        Scanner scanner() {
            return new Scanner();
        }

        Direction snapshot() {
            List<String> seen = markers.keySet().stream().filter(markersSeen::contains).toList();
            return new Direction(bytes.get(), records.get(), notTls.get(), firstProblem.get(), seen);
        }

        /** One connection's direction: its own record and marker state, as bytes may split anywhere. */
        final class Scanner {
            private final TlsRecordScanner tls = new TlsRecordScanner();
            private final Map<String, MarkerSearch> searches = new LinkedHashMap<>();
            private long recordsCounted;
            private long notTlsCounted;

            Scanner() {
                markers.forEach((label, marker) -> searches.put(label, new MarkerSearch(marker)));
            }

            void scan(byte[] buffer, int n) {
                bytes.addAndGet(n);
                tls.scan(buffer, 0, n);
                searches.forEach((label, search) -> {
                    if (!search.found() && search.feed(buffer, 0, n)) {
                        markersSeen.add(label);
                    }
                });
                publish();
            }

            void end() {
                tls.end();
                publish();
            }

            private void publish() {
                records.addAndGet(tls.records() - recordsCounted);
                recordsCounted = tls.records();
                notTls.addAndGet(tls.notTls() - notTlsCounted);
                notTlsCounted = tls.notTls();
                if (tls.problem() != null) {
                    firstProblem.compareAndSet(null, name + ", " + tls.problem());
                }
            }
        }
    }

    /**
     * What crossed the wire.
     *
     * @param connections    connections relayed
     * @param refused        connections closed at once because {@code maxConnections} were open
     * @param clientToServer what the clients sent
     * @param serverToClient what the server answered
     */
    public record Report(int connections, int refused, Direction clientToServer, Direction serverToClient) {

        /** Whether every byte either way was part of a well-formed TLS record. */
        public boolean onlyTls() {
            return clientToServer.notTlsBytes() == 0 && serverToClient.notTlsBytes() == 0;
        }

        /** The markers seen in either direction, in the order they were given. */
        public List<String> markersSeen() {
            List<String> seen = new ArrayList<>(clientToServer.markersSeen());
            serverToClient.markersSeen().stream().filter(m -> !seen.contains(m)).forEach(seen::add);
            return seen;
        }
    }

    /**
     * One direction of every connection.
     *
     * @param bytes        bytes relayed
     * @param records      complete TLS records seen
     * @param notTlsBytes  bytes that were not part of a well-formed TLS record: from the first byte that breaks the
     *                     record structure to the end of that connection's stream, or a record the stream cut short
     * @param firstProblem where and what the first such byte was, quoting the data there; {@code null} if none
     * @param markersSeen  the labels of the markers that appeared in the raw bytes
     */
    public record Direction(long bytes, long records, long notTlsBytes, String firstProblem,
            List<String> markersSeen) {
    }

    /** Settings of a {@link TlsWireMonitor}. */
    public static final class Builder {
        private final String host;
        private final int port;
        private final Map<String, byte[]> markers = new LinkedHashMap<>();
        private int maxConnections = 32;
        private Duration idleTimeout = Duration.ofSeconds(30);

        private Builder(String host, int port) {
            this.host = host;
            this.port = port;
        }

        /** Watch for this text (its UTF-8 bytes) in either direction; reported under the text itself. */
        public Builder watchFor(String marker) {
            return watchFor(marker, marker.getBytes(StandardCharsets.UTF_8));
        }

        /** Watch for these bytes in either direction; reported under {@code label}. */
        public Builder watchFor(String label, byte[] marker) {
            if (marker.length == 0) {
                throw new IllegalArgumentException("A marker has at least one byte: " + label);
            }
            markers.put(label, marker.clone());
            return this;
        }

        /** At most this many connections relayed at once (default 32); more are closed at once. */
        public Builder maxConnections(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1: " + max);
            }
            this.maxConnections = max;
            return this;
        }

        /** A connection with no bytes either way for this long is closed (default 30 s). */
        public Builder idleTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("idleTimeout must be positive: " + timeout);
            }
            this.idleTimeout = timeout;
            return this;
        }

        /** Listens on a free port of 127.0.0.1 and relays. */
        public TlsWireMonitor start() {
            try {
                return new TlsWireMonitor(this);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot listen on the loopback interface", e);
            }
        }
    }
}
