package io.github.camellalal.component.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files registered before a tasks consumer runs: kept only when one can come, and never without bound. */
class TaskTrackingTest {

    @Test
    void withoutATasksEndpointNothingIsKept() {
        TaskTracking tracking = new TaskTracking();

        tracking.register(List.of("a", "b"));

        assertThat(tracking.pendingCount()).isZero();
    }

    @Test
    void withATasksEndpointFilesWaitUpToTheBound() {
        TaskTracking tracking = new TaskTracking();
        tracking.tasksEndpointCreated();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < TaskTracking.MAX_PENDING + 5; i++) {
            many.add("id-" + i);
        }

        tracking.register(List.of("first"));
        tracking.register(many);

        assertThat(tracking.pendingCount()).isEqualTo(TaskTracking.MAX_PENDING);
    }

    @Test
    void aTaskWhoseSourceIsKnownIsFirstDueWhenItCanHaveProgressed() {
        TaskTracking tracking = new TaskTracking();
        Map<String, Long> firstChecks = new HashMap<>();
        List<String> tracked = new ArrayList<>();
        tracking.attach((ids, first) -> {
            tracked.addAll(ids);
            firstChecks.putAll(first);
        });

        tracking.register(List.of("long", "short", "unknown"), Map.of("long", 240, "short", 10));

        assertThat(tracked).containsExactly("long", "short", "unknown");
        assertThat(firstChecks).as("a quarter of a 240 s source; at least the 20 s a queued task waits; "
                + "at once when unknown").containsExactlyInAnyOrderEntriesOf(Map.of("long", 60_000L, "short", 20_000L));
    }

    @Test
    void firstChecksWaitWithTheirTasksForAConsumer() {
        TaskTracking tracking = new TaskTracking();
        tracking.tasksEndpointCreated();
        tracking.register(List.of("t1"), Map.of("t1", 400));
        Map<String, Long> firstChecks = new HashMap<>();

        tracking.attach((ids, first) -> firstChecks.putAll(first));

        assertThat(firstChecks).containsExactly(Map.entry("t1", 100_000L));
    }
}
