package io.github.camellalal.component.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.client.TaskStatus;
import io.github.camellalal.component.store.Observation;
import io.github.camellalal.component.store.TaskCheck;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What a check saw becomes each task's history and next due time: the scheduler decides, but never later than
 * maxCheckInterval after the check, whatever scheduler is set; the history the scheduler gets is the task's.
 */
class ObservationsTest {

    private static final long NOW = 1_000_000L;

    private static FileStatus progress(String id, int percent) {
        return new FileStatus(id, true, null, "a.wav", 10L, 61.6, null, null, null, null, null,
                new TaskStatus(TaskState.PROGRESS, "progress", percent, null), "source", null);
    }

    @Test
    void theDueTimeIsTheSchedulersButNeverAfterMaxCheckInterval() {
        AtomicReference<CheckHistory> seen = new AtomicReference<>();
        CheckScheduler farAway = (history, now) -> {
            seen.set(history);
            return now + 3_600_000;
        };
        Observations observations = new Observations(farAway, 300_000);
        TaskCheck before = new TaskCheck("t1", NOW - 10_000, null, NOW - 5_000, "progress", 10, NOW - 5_000, 10,
                NOW);

        List<Observation> result = observations.of(List.of(before), Map.of("t1", progress("t1", 40)), NOW);

        TaskCheck after = result.get(0).check();
        assertThat(after.dueMillis()).as("capped at maxCheckInterval").isEqualTo(NOW + 300_000);
        assertThat(after.lastCheckedMillis()).isEqualTo(NOW);
        assertThat(after.lastProgress()).isEqualTo(40);
        assertThat(after.firstProgressMillis()).as("the first progress stays").isEqualTo(NOW - 5_000);
        assertThat(after.sourceSeconds()).as("the source's duration, once the service said it").isEqualTo(62);
        assertThat(seen.get()).isEqualTo(new CheckHistory(NOW - 10_000, 62, NOW, "progress", 40, NOW - 5_000, 10));
    }

    @Test
    void anEarlierDueTimeOfTheSchedulerIsKept() {
        Observations sweep = new Observations((history, now) -> now + 2_000, 300_000);
        TaskCheck never = TaskCheck.tracked("t2", NOW - 1);

        Observation o = sweep.of(List.of(never), Map.of(), NOW).get(0);

        assertThat(o.check().dueMillis()).isEqualTo(NOW + 2_000);
        assertThat(o.status()).as("the service said nothing of it").isNull();
        assertThatThrownBy(() -> new Observations(sweep.scheduler(), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxCheckInterval must be above 0, was 0");
    }
}
