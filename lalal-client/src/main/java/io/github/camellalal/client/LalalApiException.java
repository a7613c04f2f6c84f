package io.github.camellalal.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The service answered, but not with success: either {@code "status":"error"} with its own error text, or an
 * HTTP error or non-JSON answer (from a proxy or an outage), with the HTTP status and the first bytes of the body.
 */
public class LalalApiException extends LalalException {
    private static final long serialVersionUID = 1L;

    private final String serviceError;
    private final int httpStatus;
    private final String bodyExcerpt;
    private final Duration retryAfter;
    private final String code;

    /**
     * Creates the exception.
     *
     * @param serviceError the service's own error text, or {@code null} when the answer had none
     * @param httpStatus   the HTTP status code of the answer
     * @param bodyExcerpt  the first bytes of a non-JSON or unexpected body, or {@code null}
     * @param retryAfter   the wait the service asked for ({@code Retry-After}), or {@code null}
     */
    public LalalApiException(ApiOperation operation, List<String> fileIds, String message, String serviceError,
            int httpStatus, String bodyExcerpt, Duration retryAfter) {
        this(operation, fileIds, message, serviceError, httpStatus, bodyExcerpt, retryAfter, null);
    }

    /**
     * Creates the exception with the service's machine-readable error code (API v1's {@code code}).
     *
     * @param code the service's error code, e.g. {@code idempotency_key_used}, or {@code null}
     */
    public LalalApiException(ApiOperation operation, List<String> fileIds, String message, String serviceError,
            int httpStatus, String bodyExcerpt, Duration retryAfter, String code) {
        super(operation, fileIds, message, null);
        this.code = code;
        this.serviceError = serviceError;
        this.httpStatus = httpStatus;
        this.bodyExcerpt = bodyExcerpt;
        this.retryAfter = retryAfter;
    }

    /** The service's own error text, e.g. {@code Invalid file id}; {@code null} for HTTP or format failures. */
    public String serviceError() {
        return serviceError;
    }

    /**
     * The service's machine-readable error code, e.g. {@code too_many_requests} or {@code source_not_found};
     * {@code null} when the answer had none (API v0 has none).
     */
    public String code() {
        return code;
    }

    /** The HTTP status code of the answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The first bytes of a non-JSON or unexpected answer, or {@code null}. */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }

    /** The wait the service asked for before trying again, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
