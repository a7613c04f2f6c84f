package io.github.camellalal.component.store;

import static io.github.camellalal.component.store.StartedStores.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;

/** After a restart the store finds its tasks again and reuses the slots of tasks that ended before it. */
class StateRepositoryTaskStoreRestartTest {

    @Test
    void slotsEmptiedBeforeARestartAreReusedAfterIt() {
        MemoryStateRepository repository = new MemoryStateRepository();
        StateRepositoryTaskStore before = started(repository);
        before.add(List.of("a", "b", "c"), null);
        before.delivered("c", new DeliveredState("progress", 30));
        before.remove("a");
        before.remove("b");
        ServiceHelper.stopService(before);

        StateRepositoryTaskStore after = started(repository);
        after.add(List.of("d", "e"), null);

        assertThat(after.claim(null)).containsExactly(new TrackedTask("c", new DeliveredState("progress", 30)),
                new TrackedTask("d", DeliveredState.NONE), new TrackedTask("e", DeliveredState.NONE));
        assertThat(after.slotCount()).as("three tasks at most at once").isEqualTo(3);
        assertThat(repository.getState(StateRepositoryTaskStore.SLOTS_KEY)).isEqualTo("3");
        assertThat(repository.getState(StateRepositoryTaskStore.SLOT_PREFIX + 3)).isNull();
    }

    @Test
    void tasksAddedIntoFreeSlotsWriteOnlyTheirSlotsAndAllSurviveARestart() {
        StateRepositoryTaskStoreTest.CountingRepository repository =
                new StateRepositoryTaskStoreTest.CountingRepository();
        StateRepositoryTaskStore before = new StateRepositoryTaskStore(repository);
        ServiceHelper.startService(before);
        before.add(List.of("a", "b", "c"), null);
        before.remove("a");
        before.remove("b");
        repository.writes = 0;

        before.add(List.of("d"), null);
        assertThat(repository.writes).as("the slot only, not the slot count").isOne();
        before.remove("d");
        repository.writes = 0;
        before.add(List.of("d", "e"), null);

        assertThat(repository.writes).as("two free slots for two tasks: their slots only").isEqualTo(2);
        assertThat(repository.getState(StateRepositoryTaskStore.SLOTS_KEY)).isEqualTo("3");
        ServiceHelper.stopService(before);
        StateRepositoryTaskStore after = new StateRepositoryTaskStore(repository);
        ServiceHelper.startService(after);
        assertThat(after.claim(null)).extracting(TrackedTask::taskId).containsExactlyInAnyOrder("c", "d", "e");
    }

    @Test
    void storesThatAreNotSharedHoldTheirClaimsWithoutEnd() {
        assertThat(new MemoryTaskStore().claimValidityMillis()).isEqualTo(Long.MAX_VALUE);
        assertThat(new MemoryTaskStore().isShared()).isFalse();
        assertThat(new StateRepositoryTaskStore(new MemoryStateRepository()).claimValidityMillis())
                .isEqualTo(Long.MAX_VALUE);
    }
}
