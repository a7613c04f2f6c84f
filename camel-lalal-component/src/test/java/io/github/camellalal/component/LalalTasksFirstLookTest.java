package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.component.store.TaskCheck;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/**
 * A task the component split after an upload in the same exchange is first due for a check when it can have
 * progressed (the upload told its source's duration); a split of a bare file id, whose source the component does not
 * know, is due at once.
 */
class LalalTasksFirstLookTest extends LalalTestSupport {

    private static final byte[] WAV = TestWav.stereo(400);

    @Override
    protected void addRoutes(RouteBuilder routes) {
        // the consumer never polls in this test: what its store holds is what tracking handed it
        routes.from("lalal:tasks?delay=3600000&initialDelay=3600000").routeId("held").to("mock:events");
        routes.from("direct:split").to("lalal:upload").to("lalal:split?stem=drum");
    }

    @Test
    void aSplitAfterAnUploadIsFirstDueLaterThanASplitOfABareFileId() {
        String split = template.request("direct:split", x -> {
            x.getMessage().setBody(WAV);
            x.getMessage().setHeader(LalalConstants.FILE_NAME, "song.wav");
        }).getMessage().getHeader(LalalConstants.TASK_ID, String.class);
        String other = upload("other.wav", WAV);
        template.sendBodyAndHeader("lalal:split?stem=drum", null, LalalConstants.FILE_ID, other);
        String bare = template.request("lalal:split?stem=drum",
                x -> x.getMessage().setHeader(LalalConstants.FILE_ID, upload("third.wav", WAV))).getMessage()
                .getHeader(LalalConstants.TASK_ID, String.class);

        LalalTasksConsumer consumer = (LalalTasksConsumer) context.getRoute("held").getConsumer();
        Map<String, TaskCheck> checks = consumer.taskStore().takeDue(10).stream()
                .collect(Collectors.toMap(TaskCheck::taskId, Function.identity()));

        assertThat(checks).containsKeys(split, bare);
        TaskCheck first = checks.get(split);
        assertThat(first.dueMillis() - first.trackedSinceMillis())
                .as("a source under a minute: first looked at after the 20 s a queued task waits").isEqualTo(20_000);
        TaskCheck unknown = checks.get(bare);
        assertThat(unknown.dueMillis()).as("split from a bare file id: nothing known, due at once")
                .isEqualTo(unknown.trackedSinceMillis());
        assertThat(List.copyOf(checks.keySet())).hasSize(3);
    }
}
