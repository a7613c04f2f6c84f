package io.github.camellalal.client.v0;

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
 * Sends one API call and turns the answer into JSON or a {@link io.github.camellalal.client.LalalException}; retries
 * only operations that are safe to repeat, with a bounded wait.
 */
final class ApiCaller {
    private static final Logger LOG = LoggerFactory.getLogger(ApiCaller.class);
    /** Answers of the API are small; anything larger is not an API answer. */
    static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;

    private final CloseableHttpClient http;
    private final ObjectMapper json;
    private final int maxRetries;
    private final Duration maxRetryWait;
    /** The key in use: hidden wherever an answer's text repeats it. */
    private final String apiKey;

    ApiCaller(CloseableHttpClient http, ObjectMapper json, int maxRetries, Duration maxRetryWait, String apiKey) {
        this.apiKey = apiKey;
        this.http = http;
        this.json = json;
        this.maxRetries = maxRetries;
        this.maxRetryWait = maxRetryWait;
    }

    /** The raw answer of one attempt. */
    private record Answer(int status, byte[] body, Duration retryAfter, String proxyRefusal) {
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
            ClassicHttpRequest attemptRequest = request.get();
            try {
                Answer answer = send(attemptRequest, license);
                LOG.debug("LALAL.AI {} {} -> HTTP {} in {} ms", op, ids, answer.status(),
                        (System.nanoTime() - started) / 1_000_000);
                boolean retryable = answer.status() == 429 || answer.status() >= 500;
                if (retryable && attempt < attempts
                        && RetryWait.waitBeforeRetry(answer.retryAfter(), attempt, maxRetryWait)) {
                    continue;
                }
                return evaluate(op, ids, answer);
            } catch (IOException e) {
                LOG.debug("LALAL.AI {} {} failed: {}", op, ids, e.toString());
                if (attempt < attempts && RetryWait.waitBeforeRetry(null, attempt, maxRetryWait)) {
                    continue;
                }
                throw new LalalTransportException(op, ids, "LALAL.AI " + op.name().toLowerCase()
                        + " failed" + forIds(ids) + ": no answer (" + NoAnswer.describe(e, attemptRequest) + ")", e);
            }
        }
    }

    private Answer send(ClassicHttpRequest request, LicenseInterceptor.Placement license) throws IOException {
        HttpClientContext context = LicenseInterceptor.context(license);
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
            String error = LicenseMask.hideKey(node.path("error").asText(null), apiKey);
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

    /** The start of an answer: a license in v0's header or query form masked, the key's value hidden anywhere. */
    private String excerpt(byte[] body) {
        return LicenseMask.hideKey(BodyExcerpt.of(body), apiKey);
    }

    static String forIds(List<String> ids) {
        return ids == null || ids.isEmpty() ? "" : " for file ids " + ids;
    }
}
