package io.github.camellalal.component.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.StemTracks;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.client.TaskStatus;
import io.github.camellalal.client.Track;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every task store does: track, remember the delivered state, forget ended tasks; durable ones: restart. */
class TaskStoreContractTest {

    @TempDir
    static Path dir;
    private static HikariDataSource database;

    @AfterAll
    static void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    /** A factory of "the same store after a restart": each call opens the store anew on the same storage. */
    static Stream<Arguments> stores() {
        return Stream.of(
                Arguments.of("memory", false, (Supplier<TaskStore>) MemoryTaskStore::new),
                Arguments.of("file state repository", true, (Supplier<TaskStore>) () -> new StateRepositoryTaskStore(
                        FileStateRepository.fileStateRepository(dir.resolve("tasks-" + System.nanoTime() / 1000
                                + ".dat").toFile()))),
                Arguments.of("postgresql", true, (Supplier<TaskStore>) () -> {
                    synchronized (TaskStoreContractTest.class) {
                        if (database == null) {
                            database = EmbeddedPostgresSupport.newPooledDatabase();
                        }
                    }
                    return new JdbcTaskStore(database, Duration.ofSeconds(30));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void tracksRemembersAndForgets(String name, boolean durable, Supplier<TaskStore> factory) throws Exception {
        TaskStore store = startEmpty(factory.get());
        store.add(List.of("a", "b", "c"), "me");
        store.add(List.of("b"), "me"); // already tracked: unchanged

        store.delivered("a", new DeliveredState("progress", 40));
        store.remove("b");

        assertThat(store.size()).isEqualTo(2);
        assertThat(store.claim("me")).containsExactly(new TrackedTask("a", new DeliveredState("progress", 40)),
                new TrackedTask("c", DeliveredState.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void writesOfABatchAtOnce(String name, boolean durable, Supplier<TaskStore> factory) throws Exception {
        TaskStore store = startEmpty(factory.get());
        store.add(List.of("w1", "w2", "w3", "w4"), "me");

        store.deliveredAll(java.util.Map.of("w1", new DeliveredState("progress", 1),
                "w2", new DeliveredState("progress", null)));
        store.removeAll(List.of("w3", "w4"));

        assertThat(store.claim("me")).containsExactly(new TrackedTask("w1", new DeliveredState("progress", 1)),
                new TrackedTask("w2", new DeliveredState("progress", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void handsOutTheMostDueTasksOfEveryOwnerOnceAndKeepsWhatTheirCheckSaw(String name, boolean durable,
            Supplier<TaskStore> factory) throws Exception {
        TaskStore store = startEmpty(factory.get());
        store.add(List.of("d1", "d2"), "A");
        store.add(List.of("d3"), "B");
        assertThat(store.hasDue()).isTrue();

        List<TaskCheck> first = store.takeDue(2);
        List<TaskCheck> rest = store.takeDue(10);

        assertThat(first).hasSize(2);
        assertThat(Stream.concat(first.stream(), rest.stream()).map(TaskCheck::taskId))
                .as("every owner's tasks, each handed out once").containsExactlyInAnyOrder("d1", "d2", "d3");
        assertThat(store.hasDue()).as("all taken").isFalse();
        assertThat(first.get(0).lastCheckedMillis()).as("never checked").isEqualTo(-1);

        long now = store.nowMillis();
        FileStatus seen = new FileStatus("d1", true, null, "a.wav", 10L, 12.5, "phoenix", "vocals", null,
                new StemTracks("vocals", 12.5, "https://cdn.example/v.wav", 5L, "https://cdn.example/b.wav", 6L),
                null, new TaskStatus(TaskState.PROGRESS, "progress", 40, null), "source-1",
                List.of(new Track("stem", "vocals", "https://cdn.example/v.wav", 5L)));
        store.observed(List.of(
                new Observation(new TaskCheck("d1", now - 5, 13, now, "progress", 40, now, 40, now + 60_000), seen),
                new Observation(new TaskCheck("d2", now - 5, null, now, null, null, -1, null, now - 1), null)));
        store.untake(List.of("d3"));

        List<String> next = store.takeDue(10).stream().map(TaskCheck::taskId).toList();
        assertThat(next).as("d1 is due in a minute: it comes last, filling the request").hasSize(3);
        assertThat(next.subList(0, 2)).containsExactlyInAnyOrder("d2", "d3");
        assertThat(next.get(2)).isEqualTo("d1");
        store.untake(next);
        assertThat(store.takeDue(2)).extracting(TaskCheck::taskId).as("the most due first")
                .containsExactlyInAnyOrder("d2", "d3");
        TrackedTask d1 = store.claim("A").stream().filter(t -> t.taskId().equals("d1")).findFirst().orElseThrow();
        assertThat(d1.observed()).as("the holder reads what the check saw").isEqualTo(seen);
        assertThat(store.claim("A").stream().filter(t -> t.taskId().equals("d2")).findFirst().orElseThrow()
                .observed()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void anEndedTaskIsNoLongerHandedOutForACheck(String name, boolean durable, Supplier<TaskStore> factory)
            throws Exception {
        TaskStore store = startEmpty(factory.get());
        store.add(List.of("ended", "ended-too", "running"), "A");

        store.remove("ended");
        store.removeAll(List.of("ended-too"));

        assertThat(store.takeDue(10)).extracting(TaskCheck::taskId).containsExactly("running");
        assertThat(store.hasDue()).as("the running task is taken, nothing else is left").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aTaskFirstDueLaterComesAfterTasksDueNow(String name, boolean durable, Supplier<TaskStore> factory)
            throws Exception {
        TaskStore store = startEmpty(factory.get());
        store.add(List.of("late"), "A", Map.of("late", 60_000L));
        store.add(List.of("soon"), "A");

        List<TaskCheck> taken = store.takeDue(10);

        assertThat(taken).extracting(TaskCheck::taskId).as("the most due first").containsExactly("soon", "late");
        TaskCheck late = taken.get(1);
        assertThat(late.dueMillis() - late.trackedSinceMillis()).as("first due a minute after it was tracked")
                .isBetween(59_000L, 61_000L);
        assertThat(late.lastCheckedMillis()).as("never checked").isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aDurableStoreResumesAfterARestart(String name, boolean durable, Supplier<TaskStore> factory)
            throws Exception {
        if (!durable) {
            return; // nothing to resume
        }
        Path file = dir.resolve("restart-" + name.replace(' ', '-') + ".dat");
        Supplier<TaskStore> reopen = name.startsWith("file")
                ? () -> new StateRepositoryTaskStore(FileStateRepository.fileStateRepository(file.toFile()))
                : factory;
        TaskStore first = startEmpty(reopen.get());
        first.add(List.of("r1", "r2", "r3"), "me");
        first.delivered("r1", new DeliveredState("progress", null));
        first.remove("r2");
        first.release("me");
        ServiceHelper.stopService(first);

        TaskStore second = start(reopen.get());

        assertThat(second.claim("me")).containsExactly(new TrackedTask("r1", new DeliveredState("progress", null)),
                new TrackedTask("r3", DeliveredState.NONE));
        List<String> checked = second.takeDue(10).stream().map(TaskCheck::taskId).toList();
        assertThat(checked).as("the resumed tasks are checked again").containsExactlyInAnyOrder("r1", "r3");
        second.untake(checked);
        second.remove("r1");
        second.remove("r3");
        assertThat(second.size()).isZero();
    }

    private static TaskStore start(TaskStore store) {
        ServiceHelper.startService(store);
        return store;
    }

    private static TaskStore startEmpty(TaskStore store) throws Exception {
        start(store);
        if (store instanceof JdbcTaskStore jdbc) {
            try (var c = database.getConnection(); var s = c.createStatement()) {
                s.execute("DELETE FROM " + jdbc.getTable());
            }
        }
        return store;
    }
}
