package io.github.camellalal.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The error bodies of the v1 API: {@code {"detail", "code"}} for service errors, {@code {"detail"}} else. */
final class V1Errors {

    /** The service's text for a source that is unknown, expired, deleted or another license's (check example). */
    static final String SOURCE_GONE = "The file has not been uploaded properly or has already been deleted. "
            + "Please upload it again.";
    static final String KEY_USED = "Idempotency key has already been used.";
    static final String UNKNOWN_TASK = "Failed to extract information about task";
    static final String PERMISSION_DENIED = "Permission denied";
    static final String NOT_IN_PROGRESS = "Task is not in progress state";

    private V1Errors() {
    }

    /** A service error ({@code ApiV1ErrorResponse}). */
    static Map<String, Object> error(String detail, String code) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("detail", detail);
        e.put("code", code);
        return e;
    }

    /** A missing or unknown {@code X-License-Key}: the web framework's own 401 answer. */
    static Map<String, Object> unauthorized() {
        return Map.of("detail", "Unauthorized");
    }

    /** A body that is not JSON: the web framework's own 400 answer. */
    static Map<String, Object> cannotParse() {
        return Map.of("detail", "Cannot parse request body");
    }

    /** The check rate limit (or an injected 429). */
    static Map<String, Object> tooManyRequests() {
        return error("Too many requests", "too_many_requests");
    }

    /** A 422 answer: each problem {@code {"type", "loc", "msg"}}. */
    static Map<String, Object> validation(List<Map<String, Object>> problems) {
        return Map.of("detail", problems);
    }
}
