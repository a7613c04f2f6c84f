package io.github.camellalal.emulator;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * The emulator's listening sockets on the loopback interface: the API's, and the download host's when tracks are
 * served from a second address; plain http, or https with one SSLContext for both.
 */
final class EmulatorListeners {

    private static final int BACKLOG = 128;

    private final HttpServer api;
    private final HttpServer downloads;
    private final String scheme;
    private final ExecutorService executor;

    private EmulatorListeners(HttpServer api, HttpServer downloads, String scheme) {
        this.api = api;
        this.downloads = downloads;
        this.scheme = scheme;
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(64, 64, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "lalal-emulator-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        this.executor = pool;
    }

    /**
     * Binds the sockets (not serving yet).
     *
     * @param port                 the API's port, 0 for a free one; the download host always takes a free one
     * @param separateDownloadHost whether to bind a second socket for tracks
     * @param tls                  the server's SSLContext for https, {@code null} for plain http
     */
    static EmulatorListeners bind(int port, boolean separateDownloadHost, SSLContext tls) throws IOException {
        HttpServer api = create(port, tls);
        try {
            return new EmulatorListeners(api, separateDownloadHost ? create(0, tls) : null,
                    tls == null ? "http" : "https");
        } catch (IOException | RuntimeException e) {
            api.stop(0);
            throw e;
        }
    }

    private static HttpServer create(int port, SSLContext tls) throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        if (tls == null) {
            return HttpServer.create(address, BACKLOG);
        }
        HttpsServer server = HttpsServer.create(address, BACKLOG);
        server.setHttpsConfigurator(new HttpsConfigurator(tls)); // the context's defaults; no client certificates
        return server;
    }

    /** Serves every path of both listeners with the handler. */
    void start(HttpHandler handler) {
        for (HttpServer server : downloads == null ? new HttpServer[] { api } : new HttpServer[] { api, downloads }) {
            server.createContext("/", handler);
            server.setExecutor(executor);
            server.start();
        }
    }

    void stop() {
        api.stop(0);
        if (downloads != null) {
            downloads.stop(0);
        }
        executor.shutdownNow();
    }

    int apiPort() {
        return api.getAddress().getPort();
    }

    /** E.g. {@code https://127.0.0.1:41234}. */
    String apiUrl() {
        return scheme + "://127.0.0.1:" + apiPort();
    }

    /** The download host's URL, or the API's without a separate one. */
    String downloadUrl() {
        return downloads == null ? apiUrl() : scheme + "://127.0.0.1:" + downloads.getAddress().getPort();
    }
}
