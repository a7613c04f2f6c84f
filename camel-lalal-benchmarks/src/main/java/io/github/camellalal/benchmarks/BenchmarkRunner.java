package io.github.camellalal.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs every benchmark of this module on loopback and prints one table of ratios, each measured side by side in
 * this run. Options ({@code --name=value}): {@code transfer-mib} (size of the transfer rows, 0 skips them),
 * {@code rounds}, {@code tasks} (comma list of task counts to track, empty skips), {@code batch} (files of the
 * process row, 0 skips), {@code overhead-ops} (calls of the overhead row, 0 skips), {@code stream-caching}
 * (Camel's stream caching in the component's transfer JVM, default true), {@code transfer-ops} (which of
 * {@code up,down,both} to measure), {@code schemes} (which of {@code http,https} the transfer rows run over, default
 * both: over https against a sink with a certificate generated for the run), {@code warmup-mib} (what each transfer
 * JVM moves untimed before its "after warm-up" transfer, default 2), {@code dir} (where files, spool and
 * downloads go, e.g. a tmpfs to take the disk out of the download rows; default: java.io.tmpdir).
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {
    }

    /** Prints the table; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.out.println(run(args).render());
    }

    /** Runs the benchmarks the options ask for and returns the table. */
    public static ResultTable run(String... args) throws Exception {
        // The emulator runs on the JDK's HttpServer, which leaves Nagle's algorithm on unless told: with the
        // client's delayed ACKs every small answer would wait ~40 ms and hide what is measured.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Map<String, String> o = Arrays.stream(args).filter(a -> a.startsWith("--") && a.contains("="))
                .collect(Collectors.toMap(a -> a.substring(2, a.indexOf('=')), a -> a.substring(a.indexOf('=') + 1)));
        Function<String, Integer> number = k -> Integer.parseInt(o.getOrDefault(k, "0"));
        ResultTable table = new ResultTable();
        Path dir = o.containsKey("dir") ? Files.createTempDirectory(Path.of(o.get("dir")), "lalal-bench-")
                : Files.createTempDirectory("lalal-bench-");
        try {
            if (number.apply("transfer-mib") > 0) {
                new TransferBenchmark((long) number.apply("transfer-mib") << 20, Math.max(1, number.apply("rounds")),
                        dir, Boolean.parseBoolean(o.getOrDefault("stream-caching", "true")),
                        List.of(o.getOrDefault("transfer-ops", "up,down,both").split(",")),
                        List.of(o.getOrDefault("schemes", "http,https").split(",")),
                        (long) Integer.parseInt(o.getOrDefault("warmup-mib", "2")) << 20).run(table);
            }
            List<Integer> tasks = Arrays.stream(o.getOrDefault("tasks", "").split(",")).filter(s -> !s.isBlank())
                    .map(Integer::parseInt).toList();
            for (int n : tasks) {
                new TaskTrackingBenchmark(n, dir).run(table);
            }
            if (number.apply("batch") > 0) {
                guarded(table, "process " + number.apply("batch") + " small files at once",
                        () -> new ProcessBatchBenchmark(number.apply("batch")).run(table));
            }
            if (number.apply("overhead-ops") > 0) {
                guarded(table, "producer lalal:limits vs LalalClient.limits()",
                        () -> new ProducerOverheadBenchmark(number.apply("overhead-ops")).run(table));
            }
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return table;
    }

    /** A benchmark that fails becomes a row saying why, so the table still prints. */
    private static void guarded(ResultTable table, String what, Benchmark benchmark) {
        try {
            benchmark.run();
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            table.row(what, "failed", "-", "-", root.getClass().getSimpleName() + ": " + root.getMessage());
        }
    }

    /** One benchmark's run. */
    private interface Benchmark {
        void run() throws Exception;
    }
}
