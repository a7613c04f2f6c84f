package io.github.camellalal.client;

import io.github.camellalal.client.ProxyWire.Head;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy on loopback that wants {@code Proxy-Authorization: Basic} for one user and password, as a corporate
 * proxy does. Without them (or with others) it answers {@code 407} with {@code Proxy-Authenticate: Basic
 * realm="test"}; with them it forwards absolute-URI {@code http} requests (keep-alive, bodies by length or chunked,
 * relayed as they arrive) and opens {@code CONNECT} tunnels. It records every request it got, so that a test can
 * assert that no 407 round trip was needed and that every request carried the credentials. Targets must be on
 * loopback; connections are served by at most {@value #MAX_THREADS} threads.
 */
public final class AuthenticatingProxy implements AutoCloseable {

    private static final int MAX_THREADS = 64;
    private static final String REALM = "Basic realm=\"test\"";

    /** How a request reached the proxy. */
    public enum Kind {
        /** An absolute-URI request to forward ({@code GET http://host/...}). */
        FORWARD,
        /** A {@code CONNECT host:port} tunnel request. */
        CONNECT
    }

    /** What a request carried in {@code Proxy-Authorization}. */
    public enum Credentials {
        /** No {@code Proxy-Authorization} header. */
        NONE,
        /** A header, but not the configured user and password. */
        WRONG,
        /** The configured user and password. */
        VALID
    }

    /**
     * One request as the proxy got it.
     *
     * @param target the absolute URI without its query, or {@code host:port} of a CONNECT
     * @param status what the proxy answered (407) or relayed (the target's status; 200 for an open tunnel)
     */
    public record Seen(Kind kind, String method, String target, Credentials credentials, int status) {
    }

    private final String expected;
    private final ServerSocket server;
    private final ExecutorService threads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusedConnections = new AtomicInteger();

    private AuthenticatingProxy(String user, String password) throws IOException {
        this.expected = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        AtomicInteger n = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(0, MAX_THREADS, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "test-proxy-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Thread acceptor = new Thread(this::accept, "test-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy on a free loopback port that accepts only this user and password. */
    public static AuthenticatingProxy start(String user, String password) throws IOException {
        return new AuthenticatingProxy(user, password);
    }

    /** The proxy's host, always the loopback address. */
    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    /** The proxy's port. */
    public int port() {
        return server.getLocalPort();
    }

    /** Every request so far, in the order they arrived. */
    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** Requests of one kind so far. */
    public long count(Kind kind) {
        return seen.stream().filter(s -> s.kind() == kind).count();
    }

    /** The 407 answers the proxy gave. */
    public long challenges() {
        return seen.stream().filter(s -> s.status() == 407).count();
    }

    /** Requests that did not carry the configured credentials. */
    public List<Seen> withoutValidCredentials() {
        return seen.stream().filter(s -> s.credentials() != Credentials.VALID).toList();
    }

    /** Connections closed at once because all threads were busy. */
    public int refusedConnections() {
        return refusedConnections.get();
    }

    /** Forgets the requests seen so far. */
    public void clear() {
        seen.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            open.add(client);
            try {
                threads.execute(() -> serve(client));
            } catch (RejectedExecutionException e) {
                refusedConnections.incrementAndGet();
                closeQuietly(client);
            }
        }
    }

    /** One client connection: requests in turn until either side closes. */
    private void serve(Socket client) {
        Socket upstream = null;
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream(), 64 * 1024);
            OutputStream out = new BufferedOutputStream(client.getOutputStream(), 64 * 1024);
            for (Head request = ProxyWire.readHead(in); request != null; request = ProxyWire.readHead(in)) {
                String[] line = request.startLine().split(" ");
                if (line.length != 3) {
                    answer(out, 400, "Bad Request", "malformed request line", false);
                    return;
                }
                boolean connect = line[0].equalsIgnoreCase("CONNECT");
                Kind kind = connect ? Kind.CONNECT : Kind.FORWARD;
                Credentials credentials = credentials(request.header("Proxy-Authorization"));
                String target = withoutQuery(line[1]);
                if (credentials != Credentials.VALID) {
                    // read the refused body so that the client sees the 407 rather than a reset connection
                    ProxyWire.relayBody(request, in, null, false);
                    seen.add(new Seen(kind, line[0], target, credentials, 407));
                    answer(out, 407, "Proxy Authentication Required", "proxy authentication required", true);
                    continue;
                }
                if (connect) {
                    tunnel(line[1], in, out, client);
                    return;
                }
                upstream = forward(request, line, in, out, upstream);
                if (upstream == null || request.hasToken("Connection", "close")) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client or the target went away: nothing to answer
        } finally {
            if (upstream != null) {
                release(upstream);
            }
            open.remove(client);
        }
    }

    /** A target for the record: a query may hold a license key, which a test's output must not show. */
    private static String withoutQuery(String target) {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q) + "?...";
    }

    private Credentials credentials(String header) {
        if (header == null) {
            return Credentials.NONE;
        }
        return header.trim().equals(expected) ? Credentials.VALID : Credentials.WRONG;
    }

    /**
     * Sends one request to its target, on {@code upstream} when it is open to the same host and port, and relays
     * the answer. Returns the connection to keep for the next request, or {@code null} to close the client's.
     */
    private Socket forward(Head request, String[] line, InputStream in, OutputStream out, Socket upstream)
            throws IOException {
        URI uri = URI.create(line[1]);
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            if (upstream != null) {
                release(upstream);
            }
            seen.add(new Seen(Kind.FORWARD, line[0], withoutQuery(line[1]), Credentials.VALID, 400));
            answer(out, 400, "Bad Request", "only absolute http URIs are forwarded", false);
            return null;
        }
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        Socket target = upstream;
        if (target == null || target.isClosed() || !sameTarget(target, uri.getHost(), port)) {
            if (target != null) {
                release(target);
            }
            target = loopbackTarget(uri.getHost(), port);
            if (target == null) {
                seen.add(new Seen(Kind.FORWARD, line[0], withoutQuery(line[1]), Credentials.VALID, 403));
                answer(out, 403, "Forbidden", "targets must be on loopback", false);
                return null;
            }
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String origin = path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        OutputStream toTarget = new BufferedOutputStream(target.getOutputStream(), 64 * 1024);
        request.with(line[0] + " " + origin + " " + line[2], "Proxy-Authorization", "Proxy-Connection")
                .writeTo(toTarget);
        ProxyWire.relayBody(request, in, toTarget, false);
        toTarget.flush();
        InputStream fromTarget = target.getInputStream();
        Head response = ProxyWire.readHead(fromTarget);
        while (response != null && response.startLine().split(" ")[1].startsWith("1")) {
            response.writeTo(out); // an interim answer (100 Continue) comes before the final one
            response = ProxyWire.readHead(fromTarget);
        }
        if (response == null) {
            release(target);
            seen.add(new Seen(Kind.FORWARD, line[0], withoutQuery(line[1]), Credentials.VALID, 502));
            answer(out, 502, "Bad Gateway", "the target closed without an answer", false);
            return null;
        }
        int status = Integer.parseInt(response.startLine().split(" ")[1]);
        seen.add(new Seen(Kind.FORWARD, line[0], withoutQuery(line[1]), Credentials.VALID, status));
        response.writeTo(out);
        boolean bodyless = line[0].equalsIgnoreCase("HEAD") || status == 204 || status == 304;
        boolean framed = bodyless || ProxyWire.relayBody(response, fromTarget, out, true);
        out.flush();
        if (framed && !response.hasToken("Connection", "close")) {
            return target;
        }
        release(target);
        return null;
    }

    /** Answers 200 and relays bytes both ways until both sides have finished. */
    private void tunnel(String authority, InputStream in, OutputStream out, Socket client) throws IOException {
        int colon = authority.lastIndexOf(':');
        Socket target = colon < 0 ? null
                : loopbackTarget(authority.substring(0, colon), Integer.parseInt(authority.substring(colon + 1)));
        if (target == null) {
            seen.add(new Seen(Kind.CONNECT, "CONNECT", authority, Credentials.VALID, 403));
            answer(out, 403, "Forbidden", "tunnels must lead to loopback", false);
            return;
        }
        try {
            seen.add(new Seen(Kind.CONNECT, "CONNECT", authority, Credentials.VALID, 200));
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Future<?> back;
            try {
                back = threads.submit(() -> pump(() -> target.getInputStream(), client));
            } catch (RejectedExecutionException e) {
                refusedConnections.incrementAndGet();
                return;
            }
            pump(() -> in, target); // bytes the client sent early are in the buffered stream: relay from it
            try {
                back.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // the tunnel ends either way
            }
        } finally {
            release(target);
        }
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    /** Copies one direction of a tunnel, then half-closes its destination so that the other side sees the end. */
    private static void pump(Source source, Socket to) {
        try {
            ProxyWire.copy(source.open(), to.getOutputStream(), Long.MAX_VALUE);
            to.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(to);
        }
    }

    /** A connection to a loopback target, or {@code null} when the host is not on loopback or cannot be found. */
    private Socket loopbackTarget(String host, int port) throws IOException {
        InetAddress address;
        try {
            address = InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (IOException e) {
            return null;
        }
        if (!address.isLoopbackAddress()) {
            return null;
        }
        Socket socket = new Socket(address, port);
        open.add(socket);
        return socket;
    }

    private static boolean sameTarget(Socket socket, String host, int port) {
        try {
            return socket.getPort() == port && socket.getInetAddress().equals(InetAddress.getByName(host));
        } catch (IOException e) {
            return false;
        }
    }

    private static void answer(OutputStream out, int status, String reason, String text, boolean challenge)
            throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
                + (challenge ? "Proxy-Authenticate: " + REALM + "\r\n" : "Connection: close\r\n")
                + "Content-Type: text/plain\r\nContent-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private void release(Socket socket) {
        open.remove(socket);
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** Stops accepting, closes every connection and waits for the threads to end. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        open.forEach(AuthenticatingProxy::closeQuietly);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
