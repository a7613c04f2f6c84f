package io.github.camellalal.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsExchange;
import java.io.IOException;
import java.io.InputStream;
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
    /** The emulator's own 404 page, shaped like a web framework's production one. */
    static final String NOT_FOUND_PAGE = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n"
            + "</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n"
            + "</body>\n</html>\n";

    private final EmulatorApi api;
    private final EmulatorState state;
    private final RequestLog log;
    private final FaultInjector faults;
    private final MediaServer media;
    private final V1Api v1;

    RequestRouter(EmulatorApi api, V1Api v1, EmulatorState state, RequestLog log, FaultInjector faults,
            MediaServer media) {
        this.api = api;
        this.v1 = v1;
        this.state = state;
        this.log = log;
        this.faults = faults;
        this.media = media;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Endpoint endpoint = endpointOf(path);
        HttpCall call = new HttpCall(exchange, endpoint, state.quirks);
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
                    call.text(500, "application/json", call.endpoint.name().startsWith("V1_")
                            ? "{\"detail\":\"Internal error\",\"code\":\"internal_error\"}"
                            : "{\"status\":\"error\",\"error\":\"Internal error\"}");
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
        switch (call.endpoint) {
            case UPLOAD -> requireMethod(call, "POST", () -> api.upload(call));
            case SPLIT -> requireMethod(call, "POST", () -> api.split(call));
            case CANCEL -> requireMethod(call, "POST", () -> api.cancel(call));
            case CHECK -> requireMethod(call, "POST", () -> api.check(call));
            case LIMITS -> requireMethod(call, "GET", () -> api.limits(call));
            case DOWNLOAD -> requireMethod(call, "GET", () -> media.serve(call, path));
            case V1_UPLOAD -> requireMethod(call, "POST", () -> v1.upload(call));
            case V1_SPLIT -> requireMethod(call, "POST", () -> v1.split(call, V1SplitType.ofPath(path)));
            case V1_BATCH_SPLIT -> requireMethod(call, "POST", () -> v1.batch(call, V1SplitType.ofPath(path)));
            case V1_CHECK -> requireMethod(call, "POST", () -> v1.check(call));
            case V1_CANCEL -> requireMethod(call, "POST", () -> v1.cancel(call));
            case V1_CANCEL_ALL -> requireMethod(call, "POST", () -> v1.cancelAll(call));
            case V1_DELETE -> requireMethod(call, "POST", () -> v1.delete(call));
            case V1_LIMITS -> requireMethod(call, "POST", () -> v1.minutesLeft(call));
            case V1_CHANGE_VOICE -> requireMethod(call, "POST", () -> v1.changeVoice(call));
            case V1_VOICE_PACKS -> requireMethod(call, "POST", () -> v1.voicePacks(call));
            default -> notFound(call);
        }
    }

    private interface Action {
        void run() throws IOException;
    }

    /** A wrong method gets 405 with an {@code Allow} header and no body, as a web framework's method guard answers. */
    private static void requireMethod(HttpCall call, String method, Action action) throws IOException {
        if (call.method().equals(method)) {
            action.run();
        } else {
            drain(call);
            call.exchange.getResponseHeaders().set("Allow", method);
            call.send(405, "text/html; charset=utf-8", new byte[0]);
        }
    }

    /** An unknown path (also a known one without its trailing slash) gets a web server's HTML 404 page. */
    static void notFound(HttpCall call) throws IOException {
        drain(call);
        call.text(404, "text/html; charset=utf-8", NOT_FOUND_PAGE);
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
        if (fault instanceof Fault.ResetAfterProcessing) {
            call.dropAnswer = true;
            return true;
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
            if (call.endpoint.name().startsWith("V1_")) {
                call.json(429, V1Errors.tooManyRequests());
            } else {
                call.text(429, "application/json", "{\"status\":\"error\",\"error\":\"Too many requests\"}");
            }
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

    static void drain(HttpCall call) throws IOException {
        try (InputStream in = call.exchange.getRequestBody()) {
            call.bodyBytes += in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private void record(HttpCall call) {
        HttpExchange ex = call.exchange;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        Map<String, List<String>> form = new LinkedHashMap<>();
        call.form.forEach((k, v) -> form.put(k, List.copyOf(v)));
        log.add(new RecordedRequest(call.endpoint, call.method(), ex.getRequestURI().getPath(),
                ex.getRequestURI().getRawQuery(), Map.copyOf(headers), form, List.copyOf(new ArrayList<>(call.fileIds)),
                call.bodyBytes, state.now(), call.status, call.jsonBody, List.copyOf(call.taskIds),
                java.util.Collections.unmodifiableList(new ArrayList<>(call.idempotencyKeys)),
                ex instanceof HttpsExchange https ? https.getSSLSession().getProtocol() : null));
        LOG.debug("{} {} -> {} ({})", call.method(), ex.getRequestURI().getPath(), call.status, call.endpoint);
    }

    /** The endpoint of a path, exactly as the contract spells it (trailing slash included), else OTHER. */
    static Endpoint endpointOf(String path) {
        return switch (path) {
            case "/api/upload/" -> Endpoint.UPLOAD;
            case "/api/split/" -> Endpoint.SPLIT;
            case "/api/check/" -> Endpoint.CHECK;
            case "/api/cancel/" -> Endpoint.CANCEL;
            case "/billing/get-limits/" -> Endpoint.LIMITS;
            case "/api/v1/upload/" -> Endpoint.V1_UPLOAD;
            case "/api/v1/split/stem_separator/", "/api/v1/split/demuser/", "/api/v1/split/voice_clean/",
                    "/api/v1/split/multistem/" -> Endpoint.V1_SPLIT;
            case "/api/v1/split/batch/stem_separator/", "/api/v1/split/batch/demuser/",
                    "/api/v1/split/batch/voice_clean/" -> Endpoint.V1_BATCH_SPLIT;
            case "/api/v1/check/" -> Endpoint.V1_CHECK;
            case "/api/v1/cancel/" -> Endpoint.V1_CANCEL;
            case "/api/v1/cancel/all/" -> Endpoint.V1_CANCEL_ALL;
            case "/api/v1/delete/" -> Endpoint.V1_DELETE;
            case "/api/v1/limits/minutes_left/" -> Endpoint.V1_LIMITS;
            case "/api/v1/change_voice/" -> Endpoint.V1_CHANGE_VOICE;
            case "/api/v1/voice_packs/list/" -> Endpoint.V1_VOICE_PACKS;
            default -> path.startsWith(MediaServer.PREFIX) ? Endpoint.DOWNLOAD : Endpoint.OTHER;
        };
    }
}
