package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camellalal.component.store.EmbeddedPostgresSupport;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import io.github.camellalal.emulator.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Three Camel instances in three JVMs share one PostgreSQL task store, each starting tasks with its own producers and
 * each running lalal:tasks; one is killed with SIGKILL mid-run. Every started task still gets its terminal event,
 * the only duplicates are events in flight at the kill, and no file is ever checked by two instances in turn.
 */
class LalalTasksClusterIT {
    private static final Logger LOG = LoggerFactory.getLogger(LalalTasksClusterIT.class);
    private static final String KEY = "cluster-key";
    private static final List<String> NODES = List.of("node-a", "node-b", "node-c");
    private static final String VICTIM = "node-b";
    private static final int SPLITS = 12;
    private static final int PROCESSES = 3;
    /** A consumer delivers one event at a time, so at most one was between the route and the store at the kill. */
    private static final int MAX_DUPLICATES = 1;

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofSeconds(3)).build();

    @TempDir
    Path dir;
    private final Map<String, Process> nodes = new LinkedHashMap<>();

    @AfterEach
    void stopNodes() {
        nodes.values().forEach(Process::destroyForcibly);
    }

    private Process startNode(String name, String jdbcUrl) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", classpath, ClusterNodeMain.class.getName(), name, EMULATOR.baseUrl(), KEY, jdbcUrl,
                Integer.toString(SPLITS), Integer.toString(PROCESSES), journal(name).toString());
        builder.redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        return builder.start();
    }

    private Path journal(String name) {
        return dir.resolve(name + ".journal");
    }

    private List<String> lines(String name) {
        try {
            return Files.exists(journal(name)) ? Files.readAllLines(journal(name)) : List.of();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> allLines(String prefix) {
        return NODES.stream().flatMap(n -> lines(n).stream()).filter(l -> l.startsWith(prefix)).toList();
    }

    private static boolean terminal(String line) {
        return !line.endsWith(" progress");
    }

    @Test
    void threeInstancesShareTheWorkAndSurviveTheKillOfOne() throws Exception {
        String database = EmbeddedPostgresSupport.newDatabase();
        String jdbcUrl = EmbeddedPostgresSupport.jdbcUrl(database);
        for (String name : NODES) {
            nodes.put(name, startNode(name, jdbcUrl));
        }
        Process victim = nodes.get(VICTIM);

        // kill the victim once it started all its split tasks and delivered events, while its tasks still run
        await().atMost(Duration.ofSeconds(60)).until(() -> lines(VICTIM).contains("ready")
                && lines(VICTIM).stream().anyMatch(l -> l.startsWith("event ")) || !victim.isAlive());
        assertThat(victim.isAlive()).as("the victim runs until killed; see its log").isTrue();
        Instant killedAt = Instant.now();
        victim.destroyForcibly().waitFor();
        Set<String> victimStarted = lines(VICTIM).stream().filter(l -> l.startsWith("started "))
                .map(l -> l.substring(8)).collect(Collectors.toSet());
        Set<String> victimEnded = lines(VICTIM).stream().filter(l -> l.startsWith("event ") && terminal(l))
                .map(l -> l.split(" ")[1]).collect(Collectors.toSet());
        assertThat(victimStarted).as("the victim had tasks not ended at the kill").isNotEqualTo(victimEnded);

        Set<String> started = new HashSet<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            started.clear();
            allLines("started ").forEach(l -> started.add(l.substring(8)));
            Set<String> ended = allLines("event ").stream().filter(LalalTasksClusterIT::terminal)
                    .map(l -> l.split(" ")[1]).collect(Collectors.toSet());
            boolean survivorsReady = NODES.stream().filter(n -> !n.equals(VICTIM))
                    .allMatch(n -> lines(n).contains("ready") && lines(n).stream()
                            .filter(l -> l.startsWith("started ")).count() == SPLITS + PROCESSES);
            return survivorsReady && ended.containsAll(started);
        });

        // every started task ended, once, but for events in flight at the kill
        Map<String, Integer> deliveries = new HashMap<>();
        allLines("event ").forEach(l -> deliveries.merge(l, 1, Integer::sum));
        int duplicates = deliveries.values().stream().mapToInt(n -> n - 1).sum();
        LOG.info("{} tasks started, {} events delivered, {} duplicate(s) after the kill of {}", started.size(),
                deliveries.size(), duplicates, VICTIM);
        assertThat(started).hasSizeGreaterThanOrEqualTo(2 * (SPLITS + PROCESSES) + SPLITS);
        assertThat(duplicates).isLessThanOrEqualTo(MAX_DUPLICATES);
        assertThat(deliveries.keySet().stream().filter(LalalTasksClusterIT::terminal).map(l -> l.split(" ")[1]))
                .containsAll(started);

        // the survivors finished the victim's unfinished tasks: those it never claimed (another instance may claim a
        // task first, wherever it was started) and those it held, which were taken over once its lease ran out
        Set<String> unfinished = new HashSet<>(victimStarted);
        unfinished.removeAll(victimEnded);
        Map<String, List<String>> checkers = checkersByFile();
        long heldAtTheKill = 0;
        for (String id : unfinished) {
            assertThat(checkers.get(id)).as("checks of %s", id).containsAnyOf("node-a", "node-c");
            if (checkers.get(id).contains(VICTIM)) {
                heldAtTheKill++;
                assertThat(runs(checkers.get(id))).as("instances that checked %s, in order", id).hasSize(2)
                        .first().isEqualTo(VICTIM);
            }
        }
        LOG.info("{} unfinished task(s) of the victim, {} of them held by it at the kill and taken over",
                unfinished.size(), heldAtTheKill);

        // no file is ever checked by two instances in turn: each hand-over is away from the dead instance, once
        for (Map.Entry<String, List<String>> e : checkers.entrySet()) {
            List<String> runs = runs(e.getValue());
            assertThat(runs).as("instances that checked %s, in order", e.getKey()).doesNotHaveDuplicates();
            assertThat(runs.size()).as("hand-overs of %s", e.getKey()).isLessThanOrEqualTo(2);
            if (runs.size() == 2) {
                assertThat(runs.get(0)).isEqualTo(VICTIM);
            }
        }
        // taken over after the kill: one lease (2 s), the next poll, and slack for a loaded machine
        assertThat(firstCheckAfterHandOver(checkers)).isNotEmpty().allMatch(t -> t.isAfter(killedAt.minusSeconds(1))
                && t.isBefore(killedAt.plusSeconds(10)));

        // nothing stays in the store but files uploaded and never split
        try (HikariDataSource ds = EmbeddedPostgresSupport.pooled(jdbcUrl, 1)) {
            await().atMost(Duration.ofSeconds(10)).until(
                    () -> EmbeddedPostgresSupport.queryLong(ds, "SELECT count(*) FROM lalal_task") == unsplitUploads());
        }
    }

    /** For each file, the instances whose consumer or process watcher checked it, in the order the emulator saw. */
    private static Map<String, List<String>> checkersByFile() {
        Map<String, List<String>> byFile = new HashMap<>();
        for (RecordedRequest r : EMULATOR.requestLog().of(Endpoint.CHECK)) {
            String instance = r.header(ClusterNodeMain.INSTANCE_HEADER);
            r.fileIds().forEach(id -> byFile.computeIfAbsent(id, k -> new ArrayList<>()).add(instance));
        }
        return byFile;
    }

    private static List<String> runs(List<String> instances) {
        List<String> runs = new ArrayList<>();
        for (String instance : instances) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(instance)) {
                runs.add(instance);
            }
        }
        return runs;
    }

    /** When (emulator clock, which runs with the wall clock here) each handed-over file was first checked anew. */
    private static List<Instant> firstCheckAfterHandOver(Map<String, List<String>> checkers) {
        List<Instant> times = new ArrayList<>();
        Map<String, String> previous = new HashMap<>();
        for (RecordedRequest r : EMULATOR.requestLog().of(Endpoint.CHECK)) {
            String instance = r.header(ClusterNodeMain.INSTANCE_HEADER);
            for (String id : r.fileIds()) {
                String before = previous.put(id, instance);
                if (before != null && !before.equals(instance)) {
                    times.add(r.receivedAt());
                }
            }
        }
        return times;
    }

    private static long unsplitUploads() {
        Set<String> uploads = EMULATOR.requestLog().of(Endpoint.UPLOAD).stream()
                .flatMap(r -> r.fileIds().stream()).collect(Collectors.toSet());
        EMULATOR.requestLog().of(Endpoint.SPLIT).forEach(r -> r.fileIds().forEach(uploads::remove));
        return uploads.size();
    }
}
