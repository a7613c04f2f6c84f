package io.github.camellalal.benchmarks;

import io.github.camellalal.component.tasks.CheckScheduler;
import io.github.camellalal.component.tasks.FixedSweepScheduler;
import io.github.camellalal.component.tasks.LikelyChangeScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Check latency under v1's budget: how long after a task's end at the service a check sees it, with the
 * {@link LikelyChangeScheduler} against the {@link FixedSweepScheduler} in the same run, on a virtual clock
 * ({@link CheckSimulation}), and one real-time row on the emulator ({@link RealTimeCheckRun}) beside the simulation
 * of the same configuration. Prints a Markdown table: latencies in seconds, tasks seen ended (and ended in the
 * window but not seen before the run's bound), tasks tracked at once on average, check ids spent per task (the
 * same for both strategies: every request is full) and the wall time of the row. Options ({@code --name=value}):
 * {@code tasks} (comma list of tasks tracked at once, default {@code 1000,10000}), {@code minutes} (measured
 * virtual minutes, default 60), {@code realtime} (the real-time row, default true), {@code seed}, {@code only}
 * (the strategies whose name begins so, e.g. {@code likely}), {@code models} (comma list: {@code split} for tasks the
 * component split, {@code track} for tasks handed over by {@code lalal:track}; default both), {@code fill}
 * ({@code false}: requests carry only the tasks due, so that check ids per task show what a strategy asks for).
 */
public final class CheckLatencyMain {

    private static final long MAX_CHECK_INTERVAL_MILLIS = TimeUnit.MINUTES.toMillis(5);

    private CheckLatencyMain() {
    }

    /** Prints the table; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Map<String, String> o = Arrays.stream(args).filter(a -> a.startsWith("--") && a.contains("="))
                .collect(Collectors.toMap(a -> a.substring(2, a.indexOf('=')),
                        a -> a.substring(a.indexOf('=') + 1)));
        List<Integer> sizes = Arrays.stream(o.getOrDefault("tasks", "1000,10000").split(","))
                .filter(s -> !s.isBlank()).map(Integer::parseInt).toList();
        long minutes = Long.parseLong(o.getOrDefault("minutes", "60"));
        long seed = Long.parseLong(o.getOrDefault("seed", "18"));
        List<String> rows = new ArrayList<>();
        String models = o.getOrDefault("models", "split,track");
        boolean fill = Boolean.parseBoolean(o.getOrDefault("fill", "true"));
        for (boolean known : List.of(true, false)) {
            if (!models.contains(known ? "split" : "track")) {
                continue;
            }
            ServiceModel model = ServiceModel.realistic(known);
            for (int n : sizes) {
                CheckSimulation steady = CheckSimulation.steady(model, n, 30, 200, TimeUnit.MINUTES.toMillis(20),
                        TimeUnit.MINUTES.toMillis(minutes), MAX_CHECK_INTERVAL_MILLIS, seed);
                CheckSimulation sim = fill ? steady : steady.dueOnly();
                for (Map.Entry<String, CheckScheduler> s : strategies().entrySet()) {
                    if (!s.getKey().startsWith(o.getOrDefault("only", ""))) {
                        continue;
                    }
                    long started = System.nanoTime();
                    Latencies l = sim.run(s.getValue());
                    rows.add(row(n, model.name(), s.getKey(),
                            "simulated, 30/min x 200 ids" + (fill ? "" : ", due tasks only"), l,
                            (System.nanoTime() - started) / 1e9));
                    System.out.println("  " + rows.get(rows.size() - 1));
                }
            }
        }
        if (Boolean.parseBoolean(o.getOrDefault("realtime", "true"))) {
            RealTimeCheckRun real = new RealTimeCheckRun(60, Duration.ofSeconds(1), Duration.ofSeconds(5),
                    Duration.ofSeconds(40), 60, 5, Duration.ofMillis(MAX_CHECK_INTERVAL_MILLIS));
            realTime(real, rows);
        }
        System.out.println();
        System.out.println("| tasks tracked | tasks | strategy | run | median s | p95 s | max s | seen (unseen)"
                + " | mean tracked | check ids per task | wall s |");
        System.out.println("|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    /** Both strategies at once on real time (each its own emulator and budget), then their simulated twins. */
    private static void realTime(RealTimeCheckRun real, List<String> rows) throws Exception {
        Map<String, Future<RealTimeCheckRun.Outcome>> runs = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long started = System.nanoTime();
            for (Map.Entry<String, CheckScheduler> s : strategies().entrySet()) {
                runs.put(s.getKey(), pool.submit(() -> real.run(s.getValue())));
            }
            for (Map.Entry<String, Future<RealTimeCheckRun.Outcome>> r : runs.entrySet()) {
                RealTimeCheckRun.Outcome out = r.getValue().get(10, TimeUnit.MINUTES);
                rows.add(row(real.count(), "emulator: " + real.describe(), r.getKey(),
                        "real time (" + out.requests() + " requests, " + out.tooMany() + " x 429)", out.latencies(),
                        (System.nanoTime() - started) / 1e9));
                System.out.println("  " + rows.get(rows.size() - 1));
            }
        } finally {
            pool.shutdownNow();
        }
        for (Map.Entry<String, CheckScheduler> s : strategies().entrySet()) {
            long started = System.nanoTime();
            rows.add(row(real.count(), "emulator: " + real.describe(), s.getKey(), "simulated",
                    real.simulation().run(s.getValue()), (System.nanoTime() - started) / 1e9));
            System.out.println("  " + rows.get(rows.size() - 1));
        }
    }

    static Map<String, CheckScheduler> strategies() {
        Map<String, CheckScheduler> s = new LinkedHashMap<>();
        s.put("likely change", new LikelyChangeScheduler());
        s.put("fixed sweep", new FixedSweepScheduler());
        return s;
    }

    static String row(int n, String tasks, String strategy, String run, Latencies l, double wallSeconds) {
        String tracked = Double.isNaN(l.meanTracked()) ? "-" : String.format(Locale.ROOT, "%,.0f", l.meanTracked());
        return String.format(Locale.ROOT, "| %,d | %s | %s | %s | %.1f | %.1f | %.1f | %,d (%d) | %s | %.2f | %.1f |",
                n, tasks, strategy, run, l.medianMillis() / 1000.0, l.p95Millis() / 1000.0, l.maxMillis() / 1000.0,
                l.seen(), l.unseen(), tracked, l.checksPerTask(), wallSeconds);
    }
}
