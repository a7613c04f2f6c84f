package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The v1 check rate limit: per license, a rolling minute of the emulator's clock, 429 with Retry-After. */
class V1RateLimitTest {

    private static final String KEY = "v1-rate-key";
    private static final String OTHER = "v1-rate-other";

    @RegisterExtension
    final LalalEmulatorExtension emulator = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).license(EmulatorLicense.paid(OTHER)).checkRateLimit(3)
            .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).build();

    @Test
    void aFourthCheckInAMinuteIs429UntilTheFirstLeavesTheRollingWindow() throws Exception {
        V1Http api = new V1Http(emulator.baseUrl());
        String id = V1Http.uuid();
        for (int i = 0; i < 2; i++) {
            assertThat(api.check(KEY, id).status()).isEqualTo(200);
        }
        emulator.emulator().advanceClock(Duration.ofSeconds(20));
        assertThat(api.check(KEY, id).status()).isEqualTo(200);

        V1Http.Answer refused = api.check(KEY, id);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("40");
        assertThat(refused.body()).isEqualTo(V1Http.JSON.readTree(
                "{\"detail\":\"Too many requests\",\"code\":\"too_many_requests\"}"));
        assertThat(api.check(OTHER, id).status()).as("another license has its own window").isEqualTo(200);

        emulator.emulator().advanceClock(Duration.ofSeconds(39));
        assertThat(api.check(KEY, id).header("Retry-After")).isEqualTo("1");
        emulator.emulator().advanceClock(Duration.ofSeconds(1));
        // the two first checks left the window; refused checks never counted
        assertThat(api.check(KEY, id).status()).isEqualTo(200);
        assertThat(api.check(KEY, id).status()).isEqualTo(200);
        V1Http.Answer again = api.check(KEY, id);
        assertThat(again.status()).isEqualTo(429);
        assertThat(again.header("Retry-After")).isEqualTo("20");

        assertThat(emulator.requestLog().of(Endpoint.V1_CHECK)).extracting(RecordedRequest::status)
                .containsExactly(200, 200, 200, 429, 200, 429, 200, 200, 429);
        // arrivals at 0 s (x2), 20 s (x3, one of another license), 59 s, 60 s (x3)
        assertThat(emulator.requestLog().maxInAnyWindow(Endpoint.V1_CHECK, Duration.ofMinutes(1))).isEqualTo(7);
        assertThat(emulator.requestLog().maxInAnyWindow(Endpoint.V1_CHECK, Duration.ofSeconds(1))).isEqualTo(3);
        assertThat(api.post("/api/v1/limits/minutes_left/", KEY, (Object) null).status())
                .as("only check is limited").isEqualTo(200);
        assertThat(api.post("/api/v1/check/", KEY, "not json").status()).as("throttled before parsing")
                .isEqualTo(429);
    }

    @Test
    void theDefaultIsThirtyAMinuteAndZeroTurnsTheLimitOff() throws Exception {
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        try (LalalEmulator byDefault = LalalEmulator.builder().license(EmulatorLicense.paid(KEY)).clock(fixed).build()
                .start();
             LalalEmulator off = LalalEmulator.builder().license(EmulatorLicense.paid(KEY)).clock(fixed)
                     .checkRateLimit(0).build().start()) {
            V1Http limited = new V1Http(byDefault.baseUrl());
            V1Http unlimited = new V1Http(off.baseUrl());
            for (int i = 0; i < 30; i++) {
                assertThat(limited.check(KEY, V1Http.uuid()).status()).isEqualTo(200);
            }
            assertThat(limited.check(KEY, V1Http.uuid()).status()).isEqualTo(429);
            for (int i = 0; i < 40; i++) {
                assertThat(unlimited.check(KEY, V1Http.uuid()).status()).isEqualTo(200);
            }
        }
    }
}
