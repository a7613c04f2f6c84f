package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.client.FileStatus;
import java.time.Duration;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A tracked file the service forgot (expired) produces one expired event and leaves the tracking set. */
class LalalTasksExpiryTest extends LalalTestSupport {

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("expiry-key").taskDuration(Duration.ofSeconds(30))
            .build();

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("lalal:tasks?delay=100&initialDelay=0").routeId("events").to("mock:events");
    }

    @Test
    void anExpiredFileGivesOneExpiredEvent() {
        MockEndpoint events = getMockEndpoint("mock:events");
        String id = uploadAndSplit("old.wav", TestWav.stereo(300));
        await().atMost(Duration.ofSeconds(5)).until(() -> events.getReceivedCounter() == 1);

        emulator().advanceClock(Duration.ofDays(2));

        await().atMost(Duration.ofSeconds(5)).until(() -> events.getReceivedCounter() == 2);
        TasksPolls.awaitMore(context, "events", 3);
        assertThat(events.getReceivedCounter()).isEqualTo(2);
        Message expired = events.getReceivedExchanges().get(1).getMessage();
        assertThat(expired.getHeader(LalalConstants.FILE_ID)).isEqualTo(id);
        assertThat(expired.getHeader(LalalConstants.TASK_STATE)).isEqualTo("expired");
        assertThat(expired.getHeader(LalalConstants.PREVIOUS_TASK_STATE)).isEqualTo("progress");
        assertThat(expired.getBody(FileStatus.class).known()).isFalse();
        assertThat(expired.getBody(FileStatus.class).error()).isNotBlank();
    }
}
