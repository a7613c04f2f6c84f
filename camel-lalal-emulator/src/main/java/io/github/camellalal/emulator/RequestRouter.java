package io.github.camellalal.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends each request to its endpoint, applies injected faults and records it in the request log. */
final class RequestRouter implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RequestRouter.class);

    private final EmulatorApi api;
    private final EmulatorState state;
    private final RequestLog log;
    private final FaultInjector faults;

    RequestRouter(EmulatorApi api, EmulatorState state, RequestLog log, FaultInjector faults) {
        this.api = api;
        this.state = state;
        this.log = log;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Endpoint endpoint = endpointOf(path);
        HttpCall call = new HttpCall(exchange, endpoint);
        call.beforeAnswer = () -> record(call);
        try {
            Fault fault = faults.take(endpoint);
            if (fault != null && !applyFault(call, fault)) {
                return;
            }
            dispatch(call, path);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Request {} {} failed: {}", call.method(), path, e.toString());
            if (call.status == 0) {
                try {
                    call.text(500, "application/json", "{\"status\":\"error\",\"error\":\"Internal error\"}");
                } catch (IOException ignored) {
                    // the client is gone
                }
            }
        } finally {
            call.markAnswered(); // requests answered by no response (connection reset) are recorded too
            exchange.close();
        }
    }

    private void dispatch(HttpCall call, String path) throws IOException {
        String method = call.method();
        switch (call.endpoint) {
            case UPLOAD -> requireMethod(call, "POST", () -> api.upload(call));
            case SPLIT -> requireMethod(call, "POST", () -> api.split(call));
            case CANCEL -> requireMethod(call, "POST", () -> api.cancel(call));
            case CHECK -> {
                if (method.equals("POST") || method.equals("GET")) {
                    api.check(call);
                } else {
                    call.text(405, "application/json", "{\"status\":\"error\",\"error\":\"Method not allowed\"}");
                }
            }
            case LIMITS -> requireMethod(call, "GET", () -> api.limits(call));
            case DOWNLOAD -> download(call, path);
            default -> call.text(404, "application/json", "{\"status\":\"error\",\"error\":\"Not found\"}");
        }
    }

    private interface Action {
        void run() throws IOException;
    }

    private static void requireMethod(HttpCall call, String method, Action action) throws IOException {
        if (call.method().equals(method)) {
            action.run();
        } else {
            call.text(405, "application/json", "{\"status\":\"error\",\"error\":\"Method not allowed\"}");
        }
    }

    /** Answers with the fault; returns whether the request should then be answered normally (stall). */
    private boolean applyFault(HttpCall call, Fault fault) throws IOException {
        LOG.debug("Injecting {} into {} {}", fault, call.method(), call.exchange.getRequestURI().getPath());
        if (fault instanceof Fault.ServerError e) {
            drain(call);
            call.text(e.status(), "text/html; charset=utf-8", "<html><head><title>" + e.status()
                    + " Bad Gateway</title></head><body><h1>" + e.status()
                    + " Bad Gateway</h1><p>The upstream server is unavailable.</p></body></html>");
            return false;
        }
        if (fault instanceof Fault.ConnectionReset) {
            // Closing an exchange before any response closes the connection: the client gets no answer.
            return false;
        }
        if (fault instanceof Fault.MalformedJson) {
            drain(call);
            call.text(200, "application/json", "{\"status\":\"success\",\"result\":{\"");
            return false;
        }
        if (fault instanceof Fault.RateLimited r) {
            drain(call);
            call.exchange.getResponseHeaders().set("Retry-After", String.valueOf(r.retryAfterSeconds()));
            call.text(429, "application/json", "{\"status\":\"error\",\"error\":\"Too many requests\"}");
            return false;
        }
        if (fault instanceof Fault.Stall st) {
            try {
                Thread.sleep(Math.min(60_000, Math.max(0, st.delay().toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return true;
    }

    private static void drain(HttpCall call) throws IOException {
        try (InputStream in = call.exchange.getRequestBody()) {
            call.bodyBytes += in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private void download(HttpCall call, String path) throws IOException {
        // /media/<id>/<file name>
        String[] parts = path.split("/");
        if (parts.length != 4 || !call.method().equals("GET")) {
            call.text(404, "application/json", "{\"status\":\"error\",\"error\":\"Not found\"}");
            return;
        }
        String id = parts[2];
        String name = URLDecoder.decode(parts[3], StandardCharsets.UTF_8);
        call.fileIds.add(id);
        StoredFile f = state.liveFile(id);
        Path track = null;
        if (f != null && name.equals(f.stemName())) {
            track = f.stemTrack();
        } else if (f != null && name.equals(f.backName())) {
            track = f.backTrack();
        }
        if (track == null) {
            call.text(404, "application/json", "{\"status\":\"error\",\"error\":\"File not found\"}");
            return;
        }
        String type = f.wav != null ? "audio/wav" : "application/octet-stream";
        call.sendFile(track, type, ContentDisposition.attachment(name));
    }

    private void record(HttpCall call) {
        HttpExchange ex = call.exchange;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        Map<String, List<String>> form = new LinkedHashMap<>();
        call.form.forEach((k, v) -> form.put(k, List.copyOf(v)));
        log.add(new RecordedRequest(call.endpoint, call.method(), ex.getRequestURI().getPath(),
                ex.getRequestURI().getRawQuery(), Map.copyOf(headers), form, List.copyOf(new ArrayList<>(call.fileIds)),
                call.bodyBytes, state.now()));
        LOG.debug("{} {} -> {} ({})", call.method(), ex.getRequestURI().getPath(), call.status, call.endpoint);
    }

    static Endpoint endpointOf(String path) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return switch (p) {
            case "/api/upload" -> Endpoint.UPLOAD;
            case "/api/split" -> Endpoint.SPLIT;
            case "/api/check" -> Endpoint.CHECK;
            case "/api/cancel" -> Endpoint.CANCEL;
            case "/billing/get-limits" -> Endpoint.LIMITS;
            default -> p.startsWith("/media/") ? Endpoint.DOWNLOAD : Endpoint.OTHER;
        };
    }
}
