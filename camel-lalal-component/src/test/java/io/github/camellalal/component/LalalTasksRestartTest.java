package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camellalal.component.store.EmbeddedPostgresSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tracking survives a restart of the Camel context with each durable store: FileStateRepository and PostgreSQL. */
class LalalTasksRestartTest {

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("restart-key").taskDuration(Duration.ofSeconds(3))
            .build();

    @TempDir
    Path dir;

    /** Events of both contexts: "state@context". */
    private final List<String> events = new CopyOnWriteArrayList<>();

    private static HikariDataSource database;

    @AfterAll
    static void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    /** The endpoint option that selects the store, after binding what it refers to. */
    private String store(CamelContext context, String kind) {
        if (kind.equals("postgresql")) {
            synchronized (LalalTasksRestartTest.class) {
                if (database == null) {
                    database = EmbeddedPostgresSupport.newPooledDatabase();
                }
            }
            context.getRegistry().bind("taskDb", database);
            return "dataSource=#taskDb";
        }
        FileStateRepository repository = FileStateRepository.fileStateRepository(dir.resolve("lalal-tasks.dat")
                .toFile());
        context.getRegistry().bind("taskState", repository);
        return "stateRepository=#taskState";
    }

    /** Tracked files as the store holds them: rows in PostgreSQL, non-empty slots in the repository's file. */
    private long storedTasks(String kind) throws Exception {
        if (kind.equals("postgresql")) {
            return EmbeddedPostgresSupport.queryLong(database, "SELECT count(*) FROM lalal_task");
        }
        return Files.readAllLines(dir.resolve("lalal-tasks.dat")).stream()
                .filter(l -> l.startsWith("lalal.s.")).collect(java.util.stream.Collectors.toMap(
                        l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1), (a, b) -> b))
                .values().stream().filter(v -> !v.isEmpty()).count();
    }

    private CamelContext context(String name, String kind) throws Exception {
        CamelContext context = LALAL.newContext();
        String store = store(context, kind);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("lalal:tasks?delay=100&initialDelay=0&" + store).routeId("tasks")
                        .process(e -> events.add(e.getMessage().getHeader(LalalConstants.TASK_STATE) + "@" + name));
            }
        });
        context.start();
        return context;
    }

    @ParameterizedTest
    @ValueSource(strings = { "file", "postgresql" })
    void aRestartResumesTrackingAndDeliversSuccessOnce(String kind) throws Exception {
        CamelContext first = context("first", kind);
        String id;
        try {
            id = EmulatedLalal.uploadAndSplit(first.createProducerTemplate(), "restart.wav", TestWav.stereo(500));
            await().atMost(Duration.ofSeconds(5)).until(() -> events.contains("progress@first"));
        } finally {
            first.stop();
        }
        assertThat(events).doesNotContain("success@first");
        assertThat(storedTasks(kind)).isEqualTo(1);

        CamelContext second = context("second", kind);
        try {
            await().atMost(Duration.ofSeconds(15)).until(() -> events.contains("success@second"));
            TasksPolls.awaitMore(second, "tasks", 3);
        } finally {
            second.stop();
        }
        // progress was delivered before the restart and is not delivered again
        assertThat(events).containsExactly("progress@first", "success@second");

        assertThat(storedTasks(kind)).as("the ended task left the store").isZero();

        CamelContext third = context("third", kind);
        try {
            TasksPolls.awaitMore(third, "tasks", 3);
        } finally {
            third.stop();
        }
        assertThat(events).as("a delivered terminal state is never delivered again")
                .containsExactly("progress@first", "success@second");
        assertThat(id).isNotBlank();
    }
}
