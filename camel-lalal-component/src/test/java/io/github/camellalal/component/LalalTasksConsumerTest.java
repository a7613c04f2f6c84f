package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.Fault;
import io.github.camellalal.emulator.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

/** from("lalal:tasks"): one exchange per task state change, batched checks, at-least-once delivery. */
class LalalTasksConsumerTest extends LalalTestSupport {

    private static final byte[] WAV = TestWav.stereo(400);
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("lalal:tasks?delay=100&initialDelay=0&maxRetries=0").routeId("events")
                .process(e -> {
                    String id = e.getMessage().getHeader(LalalConstants.FILE_ID, String.class);
                    AtomicInteger left = failuresLeft.get(id);
                    if (left != null && left.getAndDecrement() > 0) {
                        throw new IllegalStateException("route fails on purpose for " + id);
                    }
                })
                .to("mock:events");
        routes.from("lalal:tasks?delay=3600000&initialDelay=0&checkBatchSize=100").routeId("batched")
                .autoStartup(false).to("mock:batched");
    }

    private List<Message> eventsOf(MockEndpoint mock, String id) {
        return mock.getReceivedExchanges().stream().map(Exchange::getMessage)
                .filter(m -> id.equals(m.getHeader(LalalConstants.FILE_ID))).toList();
    }

    private List<String> statesOf(MockEndpoint mock, String id) {
        return eventsOf(mock, id).stream().map(m -> m.getHeader(LalalConstants.TASK_STATE, String.class)).toList();
    }

    @Test
    void successErrorAndCancelEachGiveExactlyOneTerminalEvent() {
        MockEndpoint events = getMockEndpoint("mock:events");
        String ok = upload("ok.wav", WAV);
        String failed = upload("failed.wav", WAV);
        String cancelled = upload("cancelled.wav", WAV);
        emulator().failTask(failed, "Processing failed on purpose");
        template.sendBodyAndHeader("lalal:split?stem=drum", null, LalalConstants.FILE_IDS,
                List.of(ok, failed, cancelled));
        template.sendBodyAndHeader("lalal:cancel", null, LalalConstants.FILE_ID, cancelled);

        await().atMost(Duration.ofSeconds(15)).until(() -> statesOf(events, ok).contains("success")
                && statesOf(events, failed).contains("error") && statesOf(events, cancelled).contains("cancelled"));
        // three more polls: nothing is emitted twice
        TasksPolls.awaitMore(context, "events", 3);

        assertThat(statesOf(events, ok).stream().filter(s -> !s.equals("progress"))).containsExactly("success");
        assertThat(statesOf(events, failed).stream().filter(s -> !s.equals("progress"))).containsExactly("error");
        assertThat(statesOf(events, cancelled)).containsOnlyOnce("cancelled").doesNotContain("success");
        Message success = eventsOf(events, ok).stream()
                .filter(m -> "success".equals(m.getHeader(LalalConstants.TASK_STATE))).findFirst().orElseThrow();
        assertThat(success.getHeader(LalalConstants.FILE_NAME)).isEqualTo("ok.wav");
        assertThat(success.getHeader(LalalConstants.STEM)).isEqualTo("drum");
        assertThat(success.getHeader(LalalConstants.STEM_TRACK_URL, String.class)).startsWith("http://");
        assertThat(success.getHeader(LalalConstants.BACK_TRACK_URL, String.class)).startsWith("http://");
        assertThat(success.getBody()).isInstanceOf(FileStatus.class);
        assertThat(statesOf(events, ok).get(0)).isEqualTo("progress");
        assertThat(success.getHeader(LalalConstants.PREVIOUS_TASK_STATE)).isEqualTo("progress");
        Message error = eventsOf(events, failed).stream()
                .filter(m -> "error".equals(m.getHeader(LalalConstants.TASK_STATE))).findFirst().orElseThrow();
        assertThat(error.getBody(FileStatus.class).task().error()).isEqualTo("Processing failed on purpose");
    }

    @Test
    void anEventTheRouteFailsOnIsDeliveredAgain() {
        MockEndpoint events = getMockEndpoint("mock:events");
        String id = upload("retried.wav", WAV);
        failuresLeft.put(id, new AtomicInteger(1));
        template.sendBodyAndHeader("lalal:split", null, LalalConstants.FILE_ID, id);

        await().atMost(Duration.ofSeconds(15)).until(() -> statesOf(events, id).contains("success"));
        TasksPolls.awaitMore(context, "events", 3);

        // the first delivery (progress) failed in the route and came again; success arrived once
        assertThat(failuresLeft.get(id).get()).isNegative();
        assertThat(statesOf(events, id)).containsExactly("progress", "success");
    }

    @Test
    void faultyPollsLoseAndDuplicateNothing() {
        MockEndpoint events = getMockEndpoint("mock:events");
        List<String> ids = List.of(upload("f1.wav", WAV), upload("f2.wav", WAV), upload("f3.wav", WAV));
        template.sendBodyAndHeader("lalal:split", null, LalalConstants.FILE_IDS, ids);
        emulator().faults().next(Endpoint.CHECK, 2, Fault.serverError(502));
        emulator().faults().next(Endpoint.CHECK, 2, Fault.malformedJson());
        emulator().faults().next(Endpoint.CHECK, 2, Fault.connectionReset());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> ids.stream().allMatch(id -> statesOf(events, id).contains("success")));
        TasksPolls.awaitMore(context, "events", 3);

        for (String id : ids) {
            assertThat(statesOf(events, id)).containsOnlyOnce("success");
        }
        assertThat(emulator().requestLog().count(Endpoint.CHECK)).isGreaterThan(6);
    }

    @Test
    void twoHundredFiftyTrackedFilesCostThreeChecksAPoll() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            ids.add(upload("batch-" + i + ".wav", WAV));
        }
        // only the batched consumer runs, so every check request is one of its polls
        context.getRouteController().stopRoute("events");
        template.sendBodyAndHeader("lalal:track", null, LalalConstants.FILE_IDS, ids);
        emulator().requestLog().clear();

        context.getRouteController().startRoute("batched");
        // the first poll has finished; the next one is an hour away
        await().atMost(Duration.ofSeconds(10)).until(() -> TasksPolls.finished(context, "batched") >= 1);

        // one poll (delay is an hour): exactly ceil(250 / 100) = 3 check requests, each filled up to 100 ids (the
        // last one with tasks already checked, the least due, since its request is sent anyway)
        List<RecordedRequest> checks = emulator().requestLog().of(Endpoint.CHECK);
        assertThat(checks).hasSize(3);
        assertThat(checks.stream().map(r -> r.fileIds().size()).toList()).containsExactly(100, 100, 100);
        assertThat(checks.subList(0, 2).stream().flatMap(r -> r.fileIds().stream()).distinct().count())
                .as("the first two requests carry 200 different tasks").isEqualTo(200);
        Set<String> checked = checks.stream().flatMap(r -> r.fileIds().stream()).collect(Collectors.toSet());
        assertThat(checked).isEqualTo(new HashSet<>(ids));
        assertThat(getMockEndpoint("mock:batched").getReceivedCounter()).isZero();
    }
}
