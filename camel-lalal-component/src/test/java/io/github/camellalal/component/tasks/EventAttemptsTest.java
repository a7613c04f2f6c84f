package io.github.camellalal.component.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Header CamelLalalEventAttempt: the deliveries of one event (state and progress) of one file, counted from 1. */
class EventAttemptsTest {

    private final EventAttempts attempts = new EventAttempts();

    @Test
    void theSameEventCountsUpAndNewProgressIsANewEvent() {
        assertThat(attempts.next("f", "progress", 10)).isEqualTo(1);
        assertThat(attempts.next("f", "progress", 10)).isEqualTo(2);
        assertThat(attempts.next("f", "progress", 10)).isEqualTo(3);

        assertThat(attempts.next("f", "progress", 20)).as("progress moved on: another event").isEqualTo(1);
        assertThat(attempts.next("f", "progress", null)).as("progress unknown: another event").isEqualTo(1);
        assertThat(attempts.next("f", "progress", null)).isEqualTo(2);
        assertThat(attempts.next("f", "success", null)).as("another state").isEqualTo(1);
        assertThat(attempts.next("g", "success", null)).as("files count apart").isEqualTo(1);
    }

    @Test
    void aDeliveredEventOrAFileNoLongerHeldStartsAgainAtOne() {
        attempts.next("f", "progress", 10);
        attempts.next("f", "progress", 10);
        attempts.next("g", "error", null);
        attempts.next("h", "error", null);

        attempts.clear("f");
        attempts.retain(List.of("g"));

        assertThat(attempts.next("f", "progress", 10)).isEqualTo(1);
        assertThat(attempts.next("g", "error", null)).as("still held: counting on").isEqualTo(2);
        assertThat(attempts.next("h", "error", null)).as("forgotten with retain").isEqualTo(1);
    }
}
