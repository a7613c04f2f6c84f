package io.github.camellalal.component.store;

import static io.github.camellalal.component.store.StartedStores.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;

/** What a repository written by someone else (or half written by a crash) loads as, and writes that change nothing. */
class StateRepositoryTaskStoreLoadTest {

    @Test
    void unreadableOrRepeatedSlotsAreFreeAndAnUnreadableCountIsZero() {
        MemoryStateRepository repository = new MemoryStateRepository();
        repository.setState(StateRepositoryTaskStore.SLOTS_KEY, " 4 ");
        repository.setState(StateRepositoryTaskStore.SLOT_PREFIX + 0, "a|progress:20");
        repository.setState(StateRepositoryTaskStore.SLOT_PREFIX + 1, "a|progress:30"); // the same file again
        repository.setState(StateRepositoryTaskStore.SLOT_PREFIX + 2, "|progress:1"); // no file id
        // slot 3 never written: a crash after the count

        StateRepositoryTaskStore store = started(repository);
        store.add(List.of("b", "c", "d"), null);

        assertThat(store.claim(null)).containsExactly(new TrackedTask("a", new DeliveredState("progress", 20)),
                new TrackedTask("b", DeliveredState.NONE), new TrackedTask("c", DeliveredState.NONE),
                new TrackedTask("d", DeliveredState.NONE));
        assertThat(store.slotCount()).as("the three free slots were reused").isEqualTo(4);
        assertThat(repository.getState(StateRepositoryTaskStore.SLOT_PREFIX + 1)).isEqualTo("b|:");

        MemoryStateRepository garbled = new MemoryStateRepository();
        garbled.setState(StateRepositoryTaskStore.SLOTS_KEY, "many");
        StateRepositoryTaskStore fresh = started(garbled);
        assertThat(fresh.slotCount()).isZero();
        assertThat(fresh.size()).isZero();
    }

    @Test
    void updatesOfUntrackedFilesWriteNothingAndAddingTwiceKeepsOneSlot() {
        StateRepositoryTaskStoreTest.CountingRepository repository =
                new StateRepositoryTaskStoreTest.CountingRepository();
        StateRepositoryTaskStore store = new StateRepositoryTaskStore(repository);
        ServiceHelper.startService(store);
        store.add(List.of("x", "x"), null);
        store.add(List.of("x"), null);
        repository.writes = 0;

        store.delivered("unknown", new DeliveredState("progress", 5));
        store.remove("unknown");

        assertThat(repository.writes).isZero();
        assertThat(store.slotCount()).isOne();
        assertThat(store.size()).isOne();
    }

    @Test
    void deliveredStatesReadBackAsWritten() {
        assertThat(DeliveredState.parse(new DeliveredState("progress", 7).format()))
                .isEqualTo(new DeliveredState("progress", 7));
        assertThat(DeliveredState.parse(DeliveredState.NONE.format())).isEqualTo(DeliveredState.NONE);
        assertThat(DeliveredState.parse("success")).isEqualTo(new DeliveredState("success", null));
        assertThat(DeliveredState.parse("progress:x")).isEqualTo(new DeliveredState("progress", null));
        assertThat(DeliveredState.parse(":12")).isEqualTo(new DeliveredState(null, 12));
        assertThat(DeliveredState.parse(" ")).isEqualTo(DeliveredState.NONE);
        assertThat(DeliveredState.parse(null)).isEqualTo(DeliveredState.NONE);
    }
}
