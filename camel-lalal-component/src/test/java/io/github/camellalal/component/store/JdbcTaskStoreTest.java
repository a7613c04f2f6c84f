package io.github.camellalal.component.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Claims in a shared PostgreSQL table: disjoint at once, taken over when a lease ends, given back on release. */
class JdbcTaskStoreTest {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    private static Set<String> claimed(TaskStore store, String owner) {
        return store.claim(owner).stream().map(TrackedTask::taskId).collect(Collectors.toSet());
    }

    @Test
    void eachInstanceKeepsWhatItStartedAndFreeTasksGoToOneOnly() {
        JdbcTaskStore a = POSTGRES.store("own_tasks", Duration.ofSeconds(30));
        JdbcTaskStore b = POSTGRES.store("own_tasks", Duration.ofSeconds(30));
        a.add(List.of("a1", "a2"), "A");
        b.add(List.of("b1"), "B");
        a.add(List.of("free1", "free2"), null);

        Set<String> ofA = claimed(a, "A");
        Set<String> ofB = claimed(b, "B");

        assertThat(ofA).containsExactlyInAnyOrder("a1", "a2", "free1", "free2");
        assertThat(ofB).containsExactly("b1");
        assertThat(claimed(a, "A")).as("claiming again renews, takes nothing new").isEqualTo(ofA);
    }

    @Test
    void instancesClaimingAtOnceGetDisjointSets() throws Exception {
        JdbcTaskStore seed = POSTGRES.store("race_tasks", Duration.ofSeconds(30));
        List<String> ids = IntStream.range(0, 400).mapToObj(i -> "t" + i).toList();
        seed.add(ids, null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Set<String>>> claims = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String owner = "I" + i;
                JdbcTaskStore store = POSTGRES.store("race_tasks", Duration.ofSeconds(30));
                claims.add(() -> claimed(store, owner));
            }
            Set<String> union = new HashSet<>();
            int total = 0;
            for (Future<Set<String>> f : pool.invokeAll(claims)) {
                total += f.get().size();
                union.addAll(f.get());
            }
            assertThat(total).as("no task claimed twice").isEqualTo(union.size());
            assertThat(union).containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDeadInstancesTasksAreTakenOverWhenItsLeaseEnds() {
        JdbcTaskStore dead = POSTGRES.store("lease_tasks", Duration.ofMillis(800));
        JdbcTaskStore alive = POSTGRES.store("lease_tasks", Duration.ofMillis(800));
        dead.add(List.of("d1", "d2"), "dead");
        assertThat(claimed(alive, "alive")).isEmpty();

        long start = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> claimed(alive, "alive").size() == 2);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_000));
        assertThat(claimed(dead, "dead")).as("the old owner no longer holds them").isEmpty();
    }

    @Test
    void releasedTasksAreTakenAtOnceAndEndedOnesLeaveTheTable() {
        JdbcTaskStore leaving = POSTGRES.store("release_tasks", Duration.ofSeconds(60));
        JdbcTaskStore staying = POSTGRES.store("release_tasks", Duration.ofSeconds(60));
        leaving.add(List.of("r1", "r2", "r3"), "leaving");
        leaving.delivered("r1", new DeliveredState("progress", 5));
        leaving.release("leaving");

        assertThat(staying.claim("staying")).containsExactly(
                new TrackedTask("r1", new DeliveredState("progress", 5)), new TrackedTask("r2", DeliveredState.NONE),
                new TrackedTask("r3", DeliveredState.NONE));
        staying.remove("r1");
        assertThat(staying.size()).isEqualTo(2);
        assertThat(POSTGRES.queryLong("SELECT count(*) FROM release_tasks")).isEqualTo(2);
    }
}
