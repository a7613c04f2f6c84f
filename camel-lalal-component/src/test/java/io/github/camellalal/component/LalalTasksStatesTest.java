package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.client.FileStatus;
import java.time.Duration;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

/** The state a per-file answer maps to, and a file leaving the tracking set (count and store) after its end. */
class LalalTasksStatesTest extends LalalTestSupport {

    private final MemoryStateRepository repository = new MemoryStateRepository();

    @Override
    protected void addRoutes(RouteBuilder routes) {
        context.getRegistry().bind("taskState", repository);
        routes.from("lalal:tasks?delay=50&initialDelay=0&stateRepository=#taskState").routeId("events")
                .to("mock:events");
    }

    private String upload(String name) {
        // extraExtensions=*: let the service itself judge the extension, so its per-file error comes back
        return template.request("lalal:upload?extraExtensions=*", x -> {
            x.getMessage().setBody(TestWav.stereo(200));
            x.getMessage().setHeader(LalalConstants.FILE_NAME, name);
        }).getMessage().getHeader(LalalConstants.FILE_ID, String.class);
    }

    private List<Message> events(String id) {
        return getMockEndpoint("mock:events").getReceivedExchanges().stream().map(Exchange::getMessage)
                .filter(m -> id.equals(m.getHeader(LalalConstants.FILE_ID))).toList();
    }

    private LalalTasksConsumer tasksConsumer() {
        return (LalalTasksConsumer) context.getRoute("events").getConsumer();
    }

    @Test
    void aFileErrorOtherThanUnknownIsAnErrorWithTheServicesText() {
        String id = upload("notes.txt");
        template.sendBodyAndHeader("lalal:track", null, LalalConstants.FILE_ID, id);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !events(id).isEmpty() && tasksConsumer().trackedCount() == 0);

        Message error = events(id).get(0);
        assertThat(error.getHeader(LalalConstants.TASK_STATE)).isEqualTo("error");
        assertThat(error.getHeader(LalalConstants.TASK_ERROR)).isEqualTo("Invalid extension");
        assertThat(error.getBody(FileStatus.class).error()).isEqualTo("Invalid extension");
        assertThat(error.getHeader(LalalConstants.EVENT_ATTEMPT)).isEqualTo(1);
    }

    @Test
    void aFileTheServiceDoesNotKnowIsExpired() {
        String unknown = java.util.UUID.randomUUID().toString();
        template.sendBodyAndHeader("lalal:track", null, LalalConstants.FILE_ID, unknown);

        await().atMost(Duration.ofSeconds(10)).until(() -> !events(unknown).isEmpty());

        assertThat(events(unknown).get(0).getHeader(LalalConstants.TASK_STATE)).isEqualTo("expired");
        assertThat(events(unknown).get(0).getHeader(LalalConstants.TASK_ERROR)).isNull();
        assertThat(events(unknown).get(0).getBody(FileStatus.class).error()).isEqualTo("File not found");
    }

    @Test
    void aFileLeavesTrackingAfterItsTerminalEventInTheCountAndTheStore() {
        MockEndpoint events = getMockEndpoint("mock:events");
        String id = upload("ends.wav");
        template.sendBodyAndHeader("lalal:split", null, LalalConstants.FILE_ID, id);
        await().atMost(Duration.ofSeconds(5)).until(() -> tasksConsumer().trackedCount() == 1 && !events(id).isEmpty());
        assertThat(repository.getState("lalal.s.0"))
                .startsWith(id + "|progress");

        await().atMost(Duration.ofSeconds(10)).until(() -> events.getReceivedExchanges().stream()
                .anyMatch(e -> "success".equals(e.getMessage().getHeader(LalalConstants.TASK_STATE))));

        assertThat(tasksConsumer().trackedCount()).isZero();
        assertThat(repository.getState("lalal.s.0")).as("the slot is free").isEmpty();
        assertThat(repository.getState("lalal.slots")).isEqualTo("1");
    }
}
