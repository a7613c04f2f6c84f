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
 * Three Camel instances in three JVMs, one license, API v1, one shared PostgreSQL task store, against an emulator that
 * enforces v1's 30 checks a minute per license: each instance starts tasks with its own producers and runs
 * lalal:tasks. One instance's route blocks for twice the lease on its first terminal event; another is killed with
 * SIGKILL mid-run. The emulator never sees more than 30 checks in a rolling minute nor answers 429; every started task
 * gets its terminal event; no event is delivered twice but, at most once, one in flight at the kill.
 */
class LalalTasksClusterIT {
    private static final Logger LOG = LoggerFactory.getLogger(LalalTasksClusterIT.class);
    private static final String KEY = "cluster-key";
    private static final List<String> NODES = List.of("node-a", "node-b", "node-c");
    private static final String VICTIM = "node-b";
    private static final String SLOW = "node-c";
    private static final int SPLITS = 12;
    private static final int PROCESSES = 2;
    private static final int CHECKS_PER_MINUTE = 30;
    /** A consumer delivers one event at a time, so at most one was between the route and the store at the kill. */
    private static final int MAX_DUPLICATES = 1;

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofSeconds(20))
            .checkRateLimit(CHECKS_PER_MINUTE).tls(true).build(); // https, as the service is

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
        long block = name.equals(SLOW) ? 2 * ClusterNodeMain.LEASE_MILLIS : 0;
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", classpath, ClusterNodeMain.class.getName(), name, EMULATOR.baseUrl(), KEY, jdbcUrl,
                Integer.toString(SPLITS), Integer.toString(PROCESSES), journal(name).toString(), Long.toString(block),
                EMULATOR.tls().trustStore().toString());
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
    void threeInstancesShareOneBudgetAndTheirTasksSurviveASlowRouteAndAKill() throws Exception {
        String database = EmbeddedPostgresSupport.newDatabase();
        String jdbcUrl = EmbeddedPostgresSupport.jdbcUrl(database);
        for (String name : NODES) {
            nodes.put(name, startNode(name, jdbcUrl));
        }
        Process victim = nodes.get(VICTIM);

        // kill the victim once it started all its split tasks and delivered events, while its tasks still run
        await().atMost(Duration.ofSeconds(90)).until(() -> lines(VICTIM).contains("ready")
                && lines(VICTIM).stream().anyMatch(l -> l.startsWith("event ")) || !victim.isAlive());
        assertThat(victim.isAlive()).as("the victim runs until killed; see its log").isTrue();
        victim.destroyForcibly().waitFor();
        Set<String> victimStarted = lines(VICTIM).stream().filter(l -> l.startsWith("started "))
                .map(l -> l.substring(8)).collect(Collectors.toSet());
        Set<String> victimEnded = lines(VICTIM).stream().filter(l -> l.startsWith("event ") && terminal(l))
                .map(l -> l.split(" ")[1]).collect(Collectors.toSet());
        assertThat(victimStarted).as("the victim had tasks not ended at the kill").isNotEqualTo(victimEnded);

        Set<String> started = new HashSet<>();
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500)).until(() -> {
            started.clear();
            allLines("started ").forEach(l -> started.add(l.substring(8)));
            Set<String> ended = allLines("event ").stream().filter(LalalTasksClusterIT::terminal)
                    .map(l -> l.split(" ")[1]).collect(Collectors.toSet());
            boolean survivorsReady = NODES.stream().filter(n -> !n.equals(VICTIM))
                    .allMatch(n -> lines(n).contains("ready") && lines(n).stream()
                            .filter(l -> l.startsWith("started ")).count() == SPLITS + PROCESSES);
            return survivorsReady && ended.containsAll(started);
        });
        assertThat(lines(SLOW)).as("the slow instance's route blocked and went on").contains("blocking", "unblocked");

        // every started task ended; the only duplicate allowed is one event in flight at the kill, which the
        // victim delivered and a survivor delivered again
        Map<String, Integer> deliveries = new HashMap<>();
        allLines("event ").forEach(l -> deliveries.merge(l, 1, Integer::sum));
        List<String> duplicated = deliveries.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .toList();
        int duplicates = deliveries.values().stream().mapToInt(n -> n - 1).sum();
        assertThat(started).hasSizeGreaterThanOrEqualTo(2 * (SPLITS + PROCESSES) + SPLITS);
        assertThat(deliveries.keySet().stream().filter(LalalTasksClusterIT::terminal).map(l -> l.split(" ")[1]))
                .containsAll(started);
        assertThat(duplicates).isLessThanOrEqualTo(MAX_DUPLICATES);
        assertThat(duplicated).as("duplicates only of the victim's events in flight").allMatch(lines(VICTIM)::contains);
        for (String survivor : List.of("node-a", SLOW)) {
            List<String> own = lines(survivor).stream().filter(l -> l.startsWith("event ")).toList();
            assertThat(own).as("events of %s", survivor).doesNotHaveDuplicates();
        }

        // one budget for the license: never more than 30 checks in a rolling minute, never a 429
        List<RecordedRequest> checks = EMULATOR.requestLog().of(Endpoint.V1_CHECK);
        int busiest = EMULATOR.requestLog().maxInAnyWindow(Endpoint.V1_CHECK, Duration.ofMinutes(1));
        List<Integer> ids = checks.stream().map(r -> r.taskIds().size()).sorted().toList();
        // (the process waits check their own tasks, a few ids a request, under the same budget)
        LOG.info("{} tasks started, {} events delivered, {} duplicate(s) after the kill of {}; {} check requests, "
                + "{} in the busiest 60 s, ids per request (sorted): {}; {} answered 429",
                started.size(), deliveries.size(), duplicates, VICTIM, checks.size(), busiest, ids,
                checks.stream().filter(r -> r.status() == 429).count());
        assertThat(busiest).isLessThanOrEqualTo(CHECKS_PER_MINUTE);
        assertThat(checks).noneMatch(r -> r.status() == 429);

        // nothing stays in the store
        try (HikariDataSource ds = EmbeddedPostgresSupport.pooled(jdbcUrl, 1)) {
            await().atMost(Duration.ofSeconds(10)).until(
                    () -> EmbeddedPostgresSupport.queryLong(ds, "SELECT count(*) FROM lalal_task") == 0);
        }
    }
}
