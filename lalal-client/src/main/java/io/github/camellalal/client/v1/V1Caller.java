package io.github.camellalal.client.v1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalTransportException;
import io.github.camellalal.client.http.BodyExcerpt;
import io.github.camellalal.client.http.LicenseInterceptor;
import io.github.camellalal.client.http.LicenseMask;
import io.github.camellalal.client.http.NoAnswer;
import io.github.camellalal.client.http.ProxyAuthentication;
import io.github.camellalal.client.http.RetryWait;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
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
 * Sends one v1 call and turns the answer into JSON or a {@link io.github.camellalal.client.LalalException}
 * ({@code {"detail","code"}}, 422's validation list, 429). Retries only calls that are safe to repeat; a split is
 * one of them because every item carries an idempotency key that the retry sends again unchanged.
 */
final class V1Caller {
    private static final Logger LOG = LoggerFactory.getLogger(V1Caller.class);
    private static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;

    private final CloseableHttpClient http;
    private final ObjectMapper json;
    private final int maxRetries;
    private final Duration maxRetryWait;
    /** The key in use: hidden wherever the service's text repeats it, the service's other words kept. */
    private final String apiKey;

    V1Caller(CloseableHttpClient http, ObjectMapper json, int maxRetries, Duration maxRetryWait, String apiKey) {
        this.apiKey = apiKey;
        this.http = http;
        this.json = json;
        this.maxRetries = maxRetries;
        this.maxRetryWait = maxRetryWait;
    }

    private record Answer(int status, byte[] body, Duration retryAfter, String proxyRefusal) {
    }

    /**
     * Calls the API and returns the JSON of a 2xx answer.
     *
     * @param request builds a fresh request per attempt (with the same body, idempotency keys included)
     */
    JsonNode call(ApiOperation op, List<String> ids, Supplier<ClassicHttpRequest> request) {
        boolean repeatable = op.isSafeToRepeat() || op == ApiOperation.SPLIT;
        int attempts = repeatable ? maxRetries + 1 : 1;
        boolean unanswered = false;
        for (int attempt = 1;; attempt++) {
            ClassicHttpRequest attemptRequest = request.get();
            try {
                Answer answer = send(attemptRequest);
                LOG.debug("LALAL.AI v1 {} {} -> HTTP {}", op, ids, answer.status());
                boolean retryable = answer.status() == 429 || answer.status() >= 500;
                if (retryable && attempt < attempts
                        && RetryWait.waitBeforeRetry(answer.retryAfter(), attempt, maxRetryWait)) {
                    unanswered |= answer.status() >= 500;
                    continue;
                }
                return unanswered ? evaluateRetry(op, ids, answer) : evaluate(op, ids, answer);
            } catch (IOException e) {
                LOG.debug("LALAL.AI v1 {} {} failed: {}", op, ids, e.toString());
                unanswered = true;
                if (attempt < attempts && RetryWait.waitBeforeRetry(null, attempt, maxRetryWait)) {
                    continue;
                }
                throw new LalalTransportException(op, ids, "LALAL.AI " + name(op) + " failed" + forIds(ids)
                        + ": no answer (" + NoAnswer.describe(e, attemptRequest) + ")", e);
            }
        }
    }

    private Answer send(ClassicHttpRequest request) throws IOException {
        HttpClientContext context = LicenseInterceptor.context(LicenseInterceptor.Placement.X_LICENSE_KEY);
        return http.execute(request, context, response -> {
            HttpEntity entity = response.getEntity();
            byte[] body = new byte[0];
            if (entity != null) {
                try (InputStream in = entity.getContent()) {
                    body = in.readNBytes(MAX_ANSWER_BYTES + 1);
                }
            }
            Header retry = response.getFirstHeader("Retry-After");
            return new Answer(response.getCode(), body,
                    retry == null ? null : RetryWait.parseRetryAfter(retry.getValue()),
                    response.getCode() == 407 ? ProxyAuthentication.refusal(context) : null);
        });
    }

    /**
     * A retry's answer: a key already used means an attempt that got no answer did start the task (once, never
     * twice), but v1 does not give its id again; the message says so.
     */
    private JsonNode evaluateRetry(ApiOperation op, List<String> ids, Answer a) {
        try {
            return evaluate(op, ids, a);
        } catch (LalalApiException e) {
            if (!"idempotency_key_used".equals(e.code())) {
                throw e;
            }
            throw new LalalApiException(op, ids, e.getMessage() + "; an earlier attempt got no answer but started "
                    + "the task, whose id the service does not give again", e.serviceError(), e.httpStatus(),
                    e.bodyExcerpt(), e.retryAfter().orElse(null), e.code());
        }
    }

    private JsonNode evaluate(ApiOperation op, List<String> ids, Answer a) {
        String what = "LALAL.AI " + name(op) + " failed" + forIds(ids);
        if (a.body().length > MAX_ANSWER_BYTES) {
            throw new LalalApiException(op, ids, what + ": answer larger than " + MAX_ANSWER_BYTES + " bytes", null,
                    a.status(), null, a.retryAfter());
        }
        if (a.proxyRefusal() != null) {
            throw new LalalApiException(op, ids, what + ": " + a.proxyRefusal(), null, a.status(),
                    BodyExcerpt.of(a.body(), apiKey), null);
        }
        JsonNode node;
        try {
            node = a.body().length == 0 ? null : json.readTree(a.body());
        } catch (IOException e) {
            node = null;
        }
        boolean success = a.status() >= 200 && a.status() <= 299;
        if (success && node != null && node.isObject()) {
            return node;
        }
        if (!success && node != null && node.isObject() && node.has("detail")) {
            String detail = detail(node.get("detail"));
            String code = node.path("code").isTextual() ? node.get("code").asText() : null;
            throw new LalalApiException(op, ids, what + ": HTTP " + a.status() + ": " + detail
                    + (code == null ? "" : " (" + code + ")"), detail, a.status(), null, a.retryAfter(), code);
        }
        String excerpt = BodyExcerpt.of(a.body(), apiKey);
        throw new LalalApiException(op, ids, what + (success ? ": malformed answer: " : ": HTTP " + a.status()
                + (node == null ? " (not JSON)" : "") + ": ") + excerpt, null, a.status(), excerpt, a.retryAfter());
    }

    /** A {@code detail} as text: a string as is, 422's list as {@code loc: msg} entries. */
    private String detail(JsonNode detail) {
        if (detail.isTextual()) {
            return LicenseMask.hideKey(detail.asText(), apiKey);
        }
        if (detail.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode problem : detail) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                StringBuilder loc = new StringBuilder();
                for (JsonNode part : problem.path("loc")) {
                    loc.append(loc.length() == 0 ? "" : ".").append(part.asText());
                }
                sb.append(loc).append(": ").append(problem.path("msg").asText(problem.toString()));
            }
            return LicenseMask.hideKey(sb.toString(), apiKey);
        }
        return BodyExcerpt.of(detail.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), apiKey);
    }

    static String name(ApiOperation op) {
        return op.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    static String forIds(List<String> ids) {
        return ids == null || ids.isEmpty() ? "" : " for ids " + (ids.size() > 10
                ? ids.subList(0, 10) + " and " + (ids.size() - 10) + " more" : ids);
    }
}
