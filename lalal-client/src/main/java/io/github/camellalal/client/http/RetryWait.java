package io.github.camellalal.client.http;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The wait before retrying a call that is safe to repeat: the service's {@code Retry-After}, else a doubling back-off,
 * never longer than the configured maximum.
 */
public final class RetryWait {

    private RetryWait() {
    }

    /**
     * Waits before a retry: the service's Retry-After, else a doubling back-off from 200 ms capped at
     * {@code maxRetryWait}; false (no wait) when the wait the service asked for is longer than allowed.
     */
    public static boolean waitBeforeRetry(Duration retryAfter, int attempt, Duration maxRetryWait) {
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

    /** A {@code Retry-After} value (seconds or an HTTP date) as a wait, or {@code null}. */
    public static Duration parseRetryAfter(String value) {
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
