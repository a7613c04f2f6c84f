package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.component.store.MemoryTaskStore;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Stopping the tasks consumer waits for a poll that is still writing what it delivered: with batchStoreWrites the
 * batch's writes follow its exchanges, and a stop in between must not leave a delivered terminal event unrecorded
 * (it would be delivered again after a restart).
 */
class LalalTasksStopTest {

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("stop-key").taskDuration(Duration.ofMillis(300))
            .build();

    /** A store whose batch removal is still running when the context begins to stop, and ends only after that. */
    static final class SlowStore extends MemoryTaskStore {
        volatile CamelContext context;

        @Override
        public void removeAll(Collection<String> fileIds) {
            // interrupted by a stop that does not wait for the poll: the write then fails and is lost
            await().atMost(Duration.ofSeconds(10)).until(() -> context.isStopping());
            super.removeAll(fileIds);
        }
    }

    @Test
    void aStopWaitsForTheStoreWritesOfTheEventsAlreadyDelivered() throws Exception {
        SlowStore store = new SlowStore();
        List<String> events = new CopyOnWriteArrayList<>();
        CamelContext context = LALAL.newContext();
        store.context = context;
        context.getRegistry().bind("slowStore", store);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("lalal:tasks?delay=100&initialDelay=0&batchStoreWrites=true&taskStore=#slowStore")
                        .process(e -> events.add(e.getMessage().getHeader(LalalConstants.TASK_STATE, String.class)));
            }
        });
        context.start();
        try {
            EmulatedLalal.uploadAndSplit(context.createProducerTemplate(), "stop.wav", TestWav.stereo(200));
            await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("success"));
        } finally {
            context.stop(); // while the batch's removal still waits in the store
        }

        assertThat(store.size()).as("the delivered success was recorded before the stop returned").isZero();
    }
}
