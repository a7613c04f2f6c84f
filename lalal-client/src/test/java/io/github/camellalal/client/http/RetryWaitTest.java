package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wait before a retry: the service's {@code Retry-After} (seconds or an HTTP date), else a back-off doubling
 * from 200 ms, never longer than the configured maximum; a longer wait asked for means no retry.
 */
class RetryWaitTest {

    @Test
    void retryAfterSecondsAreRead() {
        assertThat(RetryWait.parseRetryAfter("120")).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryWait.parseRetryAfter(" 7 ")).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryWait.parseRetryAfter("-3")).isEqualTo(Duration.ZERO);
    }

    @Test
    void retryAfterAsAnHttpDateIsTheTimeUntilThen() {
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)
                .plusSeconds(60));
        assertThat(RetryWait.parseRetryAfter(inAMinute)).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(60));
        assertThat(RetryWait.parseRetryAfter(" " + inAMinute + " ")).isPositive();
    }

    @Test
    void anHttpDateInThePastMeansNoWait() {
        assertThat(RetryWait.parseRetryAfter("Tue, 3 Jun 2008 11:05:30 GMT")).isEqualTo(Duration.ZERO);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "soon", "1.5", "Tue, 32 Jun 2008 11:05:30 GMT"})
    void noOrAnUnreadableRetryAfterIsNoValue(String value) {
        assertThat(RetryWait.parseRetryAfter(value)).isNull();
    }

    @Test
    void aRetryAfterLongerThanTheMaximumMeansNoRetryAndNoWait() {
        long started = System.nanoTime();
        assertThat(RetryWait.waitBeforeRetry(Duration.ofSeconds(30), 1, Duration.ofSeconds(29))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aRetryAfterAsLongAsTheMaximumIsWaited() {
        long started = System.nanoTime();
        assertThat(RetryWait.waitBeforeRetry(Duration.ofMillis(300), 1, Duration.ofMillis(300))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void theFirstBackOffIs200Milliseconds() {
        long started = System.nanoTime();
        assertThat(RetryWait.waitBeforeRetry(null, 1, Duration.ofSeconds(20))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(200),
                Duration.ofMillis(1900));
    }

    @Test
    void theBackOffDoublesPerAttempt() {
        long started = System.nanoTime();
        assertThat(RetryWait.waitBeforeRetry(null, 3, Duration.ofSeconds(20))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(800),
                Duration.ofMillis(1590));
    }

    @Test
    void theBackOffStopsAtTheMaximum() {
        long started = System.nanoTime();
        assertThat(RetryWait.waitBeforeRetry(null, 40, Duration.ofMillis(250))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(250),
                Duration.ofMillis(2000));
    }

    @Test
    void anInterruptedWaitMeansNoRetryAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThat(RetryWait.waitBeforeRetry(Duration.ofSeconds(20), 1, Duration.ofSeconds(30))).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
