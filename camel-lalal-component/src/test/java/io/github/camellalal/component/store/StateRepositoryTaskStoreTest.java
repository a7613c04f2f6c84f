package io.github.camellalal.component.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;

/** The slot layout: constant writes per change, and keys for the peak of tasks tracked at once, not for all ever. */
class StateRepositoryTaskStoreTest {

    /** Counts writes and remembers the longest value written. */
    static final class CountingRepository extends MemoryStateRepository {
        int writes;
        int longestValue;

        @Override
        public void setState(String key, String value) {
            writes++;
            longestValue = Math.max(longestValue, value.length());
            super.setState(key, value);
        }
    }

    private static List<String> ids(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + "-" + i).toList();
    }

    @Test
    void everyChangeCostsOneSmallWriteWhateverIsTracked() {
        CountingRepository repository = new CountingRepository();
        StateRepositoryTaskStore store = new StateRepositoryTaskStore(repository);
        ServiceHelper.startService(store);
        store.add(ids("old", 5_000), null);

        repository.writes = 0;
        store.add(List.of("new"), null);
        int add = repository.writes;
        repository.writes = 0;
        store.delivered("new", new DeliveredState("progress", 10));
        int update = repository.writes;
        repository.writes = 0;
        store.remove("new");
        int finish = repository.writes;

        assertThat(add).as("a new slot: the slot and the slot count").isEqualTo(2);
        assertThat(update).isEqualTo(1);
        assertThat(finish).isEqualTo(1);
        assertThat(repository.longestValue).as("no value grows with the number of tracked tasks").isLessThan(40);
    }

    @Test
    void slotsOfEndedTasksAreReusedSoKeysStayAtThePeak() {
        CountingRepository repository = new CountingRepository();
        StateRepositoryTaskStore store = new StateRepositoryTaskStore(repository);
        ServiceHelper.startService(store);
        for (int round = 0; round < 5; round++) {
            List<String> ids = ids("round" + round, 100);
            store.add(ids, null);
            ids.forEach(store::remove);
        }

        assertThat(store.size()).isZero();
        assertThat(store.slotCount()).as("500 tasks tracked, at most 100 at once").isEqualTo(100);
        assertThat(repository.getState(StateRepositoryTaskStore.SLOT_PREFIX + 100)).isNull();
        assertThat(repository.getState(StateRepositoryTaskStore.SLOT_PREFIX + 99)).isEmpty();
    }
}
