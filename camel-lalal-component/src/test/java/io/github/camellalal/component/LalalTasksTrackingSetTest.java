package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import io.github.camellalal.emulator.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's claim "a file leaves the tracking set only after its terminal state was delivered", both halves: a
 * file whose terminal event was delivered is never checked again, while a file still running keeps being checked.
 */
class LalalTasksTrackingSetTest extends CamelTestSupport {

    private static final String KEY = "tracking-key-2b7d";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofHours(1)).build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
        lalal.getConfiguration().setApiKey(KEY);
        lalal.getConfiguration().setBaseUrl(EMULATOR.baseUrl());
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("lalal:tasks?delay=50&initialDelay=0").routeId("tasks").to("mock:events");
            }
        };
    }

    private String uploadAndSplit(String name) {
        String id = template.request("lalal:upload", x -> {
            x.getMessage().setBody(TestWav.stereo(300));
            x.getMessage().setHeader(LalalConstants.FILE_NAME, name);
        }).getMessage().getHeader(LalalConstants.FILE_ID, String.class);
        template.sendBodyAndHeader("lalal:split", null, LalalConstants.FILE_ID, id);
        return id;
    }

    @Test
    void aFileWhoseTerminalStateWasDeliveredIsNeverCheckedAgain() {
        MockEndpoint events = getMockEndpoint("mock:events");
        LalalTasksConsumer consumer = (LalalTasksConsumer) context.getRoute("tasks").getConsumer();
        String ended = uploadAndSplit("ended.wav");
        String running = uploadAndSplit("running.wav");
        await().atMost(Duration.ofSeconds(5)).until(() -> events.getReceivedCounter() == 2); // both in progress

        template.sendBodyAndHeader("lalal:cancel", null, LalalConstants.FILE_ID, ended);
        await().atMost(Duration.ofSeconds(5)).until(() -> events.getReceivedCounter() == 3);
        assertThat(events.getReceivedExchanges().get(2).getMessage().getHeader(LalalConstants.TASK_STATE))
                .isEqualTo("cancelled");
        int checksAtDelivery = EMULATOR.requestLog().count(Endpoint.CHECK);
        // five more polls happen, each still checking the running file
        await().atMost(Duration.ofSeconds(5))
                .until(() -> EMULATOR.requestLog().count(Endpoint.CHECK) >= checksAtDelivery + 6);

        List<RecordedRequest> later = EMULATOR.requestLog().of(Endpoint.CHECK).subList(checksAtDelivery + 1,
                checksAtDelivery + 6);
        assertThat(later).allSatisfy(r -> assertThat(r.fileIds()).containsExactly(running));
        assertThat(consumer.trackedCount()).isEqualTo(1);
        assertThat(events.getReceivedCounter()).isEqualTo(3);
    }
}
