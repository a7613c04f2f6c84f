package io.github.camellalal.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The v1 check rate limit: at most {@code perMinute} requests per license in any rolling minute of the emulator's
 * clock; a refused request does not count. {@code perMinute} 0 turns it off. Thread-safe.
 */
final class CheckRateLimit {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Map<String, Deque<Instant>> accepted = new HashMap<>();

    CheckRateLimit(int perMinute) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("check rate limit must be 0 (off) or positive: " + perMinute);
        }
        this.perMinute = perMinute;
    }

    /** Counts a request of this license; returns 0 when it may pass, else the seconds until one may (Retry-After). */
    synchronized long acquire(String licenseKey, Instant now) {
        if (perMinute == 0) {
            return 0;
        }
        Deque<Instant> times = accepted.computeIfAbsent(licenseKey, k -> new ArrayDeque<>());
        Instant windowStart = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
            times.pollFirst();
        }
        if (times.size() < perMinute) {
            times.addLast(now);
            return 0;
        }
        long millis = Duration.between(now, times.peekFirst().plus(WINDOW)).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
