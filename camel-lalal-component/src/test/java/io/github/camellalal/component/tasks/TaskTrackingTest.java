package io.github.camellalal.component.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
}
