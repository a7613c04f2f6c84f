package io.github.camellalal.client.v0;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalTransportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one API call and turns the answer into JSON or a {@link io.github.camellalal.client.LalalException}; retries
 * only operations that are safe to repeat, with a bounded wait.
 */
final class ApiCaller {
    private static final Logger LOG = LoggerFactory.getLogger(ApiCaller.class);
    /** Answers of the API are small; anything larger is not an API answer. */
    static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;
    private static final int EXCERPT = 200;

    private final CloseableHttpClient http;
    private final ObjectMapper json;
    private final int maxRetries;
    private final Duration maxRetryWait;

    ApiCaller(CloseableHttpClient http, ObjectMapper json, int maxRetries, Duration maxRetryWait) {
        this.http = http;
        this.json = json;
        this.maxRetries = maxRetries;
        this.maxRetryWait = maxRetryWait;
    }

    /** The raw answer of one attempt. */
    private record Answer(int status, String contentType, byte[] body, Duration retryAfter, String proxyRefusal) {
    }

    /**
     * Calls the API and returns the JSON of a {@code "status":"success"} answer.
     *
     * @param request builds a fresh request per attempt
     */
    JsonNode call(ApiOperation op, List<String> ids, Supplier<ClassicHttpRequest> request,
            LicenseInterceptor.Placement license) {
        int attempts = op.isSafeToRepeat() ? maxRetries + 1 : 1;
        for (int attempt = 1;; attempt++) {
            long started = System.nanoTime();
            try {
                Answer answer = send(request.get(), license);
                LOG.debug("LALAL.AI {} {} -> HTTP {} in {} ms", op, ids, answer.status(),
                        (System.nanoTime() - started) / 1_000_000);
                boolean retryable = answer.status() == 429 || answer.status() >= 500;
                if (retryable && attempt < attempts && waitBeforeRetry(answer.retryAfter(), attempt, maxRetryWait)) {
                    continue;
                }
                return evaluate(op, ids, answer);
            } catch (IOException e) {
                LOG.debug("LALAL.AI {} {} failed: {}", op, ids, e.toString());
                if (attempt < attempts && waitBeforeRetry(null, attempt, maxRetryWait)) {
                    continue;
                }
                throw new LalalTransportException(op, ids, "LALAL.AI " + op.name().toLowerCase()
                        + " failed" + forIds(ids) + ": no answer (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + QuietConnectionFactory.mask(e.getMessage())) + ")", e);
            }
        }
    }

    private Answer send(ClassicHttpRequest request, LicenseInterceptor.Placement license) throws IOException {
        HttpClientContext context = HttpClientContext.create();
        if (license != null) {
            context.setAttribute(LicenseInterceptor.ATTRIBUTE, license);
        }
        return http.execute(request, context, response -> {
            HttpEntity entity = response.getEntity();
            byte[] body = new byte[0];
            if (entity != null) {
                try (InputStream in = entity.getContent()) {
                    body = in.readNBytes(MAX_ANSWER_BYTES + 1);
                }
            }
            Header retry = response.getFirstHeader("Retry-After");
            return new Answer(response.getCode(), entity == null ? null : entity.getContentType(), body,
                    retry == null ? null : parseRetryAfter(retry.getValue()),
                    response.getCode() == 407 ? ProxyAuthentication.refusal(context) : null);
        });
    }

    /**
     * Waits before a retry: the service's Retry-After, else a doubling back-off from 200 ms capped at
     * {@code maxRetryWait}; false (no wait) when the wait the service asked for is longer than allowed.
     */
    static boolean waitBeforeRetry(Duration retryAfter, int attempt, Duration maxRetryWait) {
        Duration wait = retryAfter != null ? retryAfter
                : Duration.ofMillis(Math.min(maxRetryWait.toMillis(), 200L << Math.min(10, attempt - 1)));
        if (wait.compareTo(maxRetryWait) > 0) {
            return false;
        }
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private JsonNode evaluate(ApiOperation op, List<String> ids, Answer a) {
        String what = "LALAL.AI " + op.name().toLowerCase() + " failed" + forIds(ids);
        if (a.body().length > MAX_ANSWER_BYTES) {
            throw new LalalApiException(op, ids, what + ": answer larger than " + MAX_ANSWER_BYTES + " bytes", null,
                    a.status(), null, a.retryAfter());
        }
        if (a.proxyRefusal() != null) {
            // the proxy's answer, not the service's: say what to set rather than quote the proxy's page
            throw new LalalApiException(op, ids, what + ": " + a.proxyRefusal(), null, a.status(),
                    excerpt(a.body()), null);
        }
        JsonNode node = null;
        try {
            node = a.body().length == 0 ? null : json.readTree(a.body());
        } catch (IOException e) {
            node = null;
        }
        if (node != null && node.isObject() && "error".equals(node.path("status").asText())) {
            String error = node.path("error").asText(null);
            throw new LalalApiException(op, ids, what + ": " + error, error, a.status(), null, a.retryAfter());
        }
        if (a.status() < 200 || a.status() > 299) {
            String excerpt = excerpt(a.body());
            throw new LalalApiException(op, ids, what + ": HTTP " + a.status()
                    + (node == null ? " (not JSON)" : "") + ": " + excerpt, null, a.status(), excerpt, a.retryAfter());
        }
        if (node == null || !node.isObject() || !"success".equals(node.path("status").asText())) {
            String excerpt = excerpt(a.body());
            throw new LalalApiException(op, ids, what + ": malformed answer: " + excerpt, null, a.status(), excerpt,
                    a.retryAfter());
        }
        return node;
    }

    static String forIds(List<String> ids) {
        return ids == null || ids.isEmpty() ? "" : " for file ids " + ids;
    }

    /** The first bytes of a body as text, control characters escaped. */
    static String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, EXCERPT), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7F) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return QuietConnectionFactory.mask(sb.toString()) + (body.length > EXCERPT ? "..." : "");
    }

    static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }
}
