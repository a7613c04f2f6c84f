package io.github.camellalal.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camellalal.component.LalalComponent;
import io.github.camellalal.component.LalalConstants;
import io.github.camellalal.component.LalalTasksConsumer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * Measures the tasks consumer with each task store: N files are handed to {@code lalal:track} at once, a fast sink
 * server ({@link CheckSinkServer}) answers success for all of them, and the clock runs until every terminal event was
 * delivered. Prints one row per tasks x store with seconds, events/s and the store's size after all ended. Not part
 * of {@link BenchmarkRunner}: run it by hand (see docs/lalal-component.md, "The tasks consumer", "Measured").
 * Arguments: task counts, default 10000 100000.
 */
public final class TaskStoreBenchmarkMain {

    /** Bounds every run: a store that takes longer is reported as too slow. */
    private static final long MAX_SECONDS_PER_RUN = 600;
    private static final List<String> STORES = List.of("memory", "file", "postgresql", "postgresql-batched");

    private TaskStoreBenchmarkMain() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        // the consumer logs every ended task at INFO: measure the stores, not the console
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10_000, 100_000);
        }
        Path work = Files.createTempDirectory("lalal-bench");
        System.out.printf("%-8s %-22s %9s %10s  %s%n", "tasks", "store", "seconds", "events/s",
                "store after all ended");
        try (CheckSinkServer sink = new CheckSinkServer(); BenchPostgres postgres = new BenchPostgres()) {
            for (String store : STORES) {
                run(sink, postgres, 2_000, store, work); // warm-up: JIT, connection pool, embedded PostgreSQL
            }
            for (int n : sizes) {
                // on a shared machine one run is noise: repeat the smaller sizes, stores interleaved, and report
                // each store's median run
                int rounds = n <= 20_000 ? 3 : 1;
                java.util.Map<String, List<Result>> results = new java.util.LinkedHashMap<>();
                for (int r = 0; r < rounds; r++) {
                    for (String store : STORES) {
                        results.computeIfAbsent(store, k -> new ArrayList<>())
                                .add(run(sink, postgres, n, store, work));
                    }
                }
                results.forEach((store, runs) -> print(n, store, runs));
            }
        }
    }

    /** One run: its seconds, events delivered and the store's size after all ended. */
    private record Result(double seconds, int delivered, String size) {
    }

    private static void print(int n, String store, List<Result> runs) {
        List<Result> sorted = runs.stream().sorted(java.util.Comparator.comparingDouble(Result::seconds)).toList();
        Result median = sorted.get(sorted.size() / 2);
        String time = median.delivered() < n ? "> " + MAX_SECONDS_PER_RUN
                : String.format(Locale.ROOT, "%.2f", median.seconds());
        String all = runs.size() == 1 ? "" : " [runs: " + runs.stream()
                .map(r -> String.format(Locale.ROOT, "%.2f", r.seconds())).toList() + "]";
        System.out.printf(Locale.ROOT, "%-8d %-22s %9s %10.0f  %s%s%n", n, label(store), time,
                median.delivered() / median.seconds(), median.size(), all);
    }

    private static Result run(CheckSinkServer sink, BenchPostgres postgres, int n, String store, Path work)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        LalalComponent lalal = new LalalComponent();
        lalal.getConfiguration().setApiKey("benchmark-key");
        lalal.getConfiguration().setBaseUrl(sink.baseUrl());
        context.addComponent("lalal", lalal);
        File file = work.resolve("tasks-" + n + "-" + System.nanoTime() + ".dat").toFile();
        HikariDataSource database = null;
        FileStateRepository repository = null;
        String option = "";
        if (store.equals("file")) {
            repository = FileStateRepository.fileStateRepository(file);
            // FileStateRepository rewrites its whole file on every write once the file exceeds this size: keep it
            // well above the live state (about 60 bytes per task tracked at once)
            repository.setMaxFileStoreSize(64L * 1024 * 1024);
            context.getRegistry().bind("repo", repository);
            option = "&stateRepository=#repo";
        } else if (store.startsWith("postgresql")) {
            database = postgres.newDatabase();
            context.getRegistry().bind("db", database);
            option = "&dataSource=#db" + (store.endsWith("batched") ? "&batchStoreWrites=true" : "");
        }
        AtomicInteger delivered = new AtomicInteger();
        String uri = "lalal:tasks?delay=10&initialDelay=0&checkBatchSize=100" + option;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("bench").process(e -> delivered.incrementAndGet());
            }
        });
        context.start();
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        long start = System.nanoTime();
        context.createProducerTemplate().sendBodyAndHeader("lalal:track", null, LalalConstants.FILE_IDS, ids);
        long deadline = start + TimeUnit.SECONDS.toNanos(MAX_SECONDS_PER_RUN);
        while (delivered.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long fileSizeBefore = file.length();
        LalalTasksConsumer consumer = (LalalTasksConsumer) context.getRoute("bench").getConsumer();
        context.getRouteController().stopRoute("bench"); // lets the last store write finish
        int left = consumer.trackedCount();
        context.stop();
        String size = switch (store) {
            case "memory" -> left + " tasks tracked";
            case "file" -> "";
            default -> postgresSize(database, left);
        };
        if (repository != null) {
            repository.stop(); // FileStateRepository compacts its file on stop
            size = file.length() + " bytes (" + fileSizeBefore + " before compaction), " + left + " tasks tracked";
        }
        if (database != null) {
            database.close();
        }

        return new Result(seconds, delivered.get(), size);
    }

    private static String label(String store) {
        return switch (store) {
            case "memory" -> "memory";
            case "file" -> "FileStateRepository";
            case "postgresql" -> "PostgreSQL (JDBC)";
            default -> "PostgreSQL, batched";
        };
    }

    private static String postgresSize(HikariDataSource database, int left) {
        long rows = BenchPostgres.queryLong(database, "SELECT count(*) FROM lalal_task");
        long before = BenchPostgres.queryLong(database, "SELECT pg_total_relation_size('lalal_task')");
        try (var c = database.getConnection(); var s = c.createStatement()) {
            s.execute("VACUUM FULL lalal_task");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        long after = BenchPostgres.queryLong(database, "SELECT pg_total_relation_size('lalal_task')");
        return rows + " rows; table+index " + before + " bytes (" + after + " after VACUUM FULL), " + left
                + " tasks tracked";
    }
}
