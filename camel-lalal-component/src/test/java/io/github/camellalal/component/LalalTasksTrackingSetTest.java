package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's claim "a file leaves the tracking set only after its terminal state was delivered", both halves: a
 * file whose terminal event was delivered is never checked again, while a file still running keeps being checked.
 */
class LalalTasksTrackingSetTest extends LalalTestSupport {

    private static final byte[] WAV = TestWav.stereo(300);

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("tracking-key-2b7d").taskDuration(Duration.ofHours(1))
            .build();

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("lalal:tasks?delay=50&initialDelay=0").routeId("tasks").to("mock:events");
    }

    @Test
    void aFileWhoseTerminalStateWasDeliveredIsNeverCheckedAgain() {
        MockEndpoint events = getMockEndpoint("mock:events");
        LalalTasksConsumer consumer = (LalalTasksConsumer) context.getRoute("tasks").getConsumer();
        String ended = uploadAndSplit("ended.wav", WAV);
        String running = uploadAndSplit("running.wav", WAV);
        await().atMost(Duration.ofSeconds(5)).until(() -> events.getReceivedCounter() == 2); // both in progress

        template.sendBodyAndHeader("lalal:cancel", null, LalalConstants.FILE_ID, ended);
        await().atMost(Duration.ofSeconds(5)).until(() -> events.getReceivedCounter() == 3);
        assertThat(events.getReceivedExchanges().get(2).getMessage().getHeader(LalalConstants.TASK_STATE))
                .isEqualTo("cancelled");
        int checksAtDelivery = emulator().requestLog().count(Endpoint.CHECK);
        // five more polls happen, each still checking the running file
        await().atMost(Duration.ofSeconds(5))
                .until(() -> emulator().requestLog().count(Endpoint.CHECK) >= checksAtDelivery + 6);

        List<RecordedRequest> later = emulator().requestLog().of(Endpoint.CHECK).subList(checksAtDelivery + 1,
                checksAtDelivery + 6);
        assertThat(later).allSatisfy(r -> assertThat(r.fileIds()).containsExactly(running));
        assertThat(consumer.trackedCount()).isEqualTo(1);
        assertThat(events.getReceivedCounter()).isEqualTo(3);
    }
}
