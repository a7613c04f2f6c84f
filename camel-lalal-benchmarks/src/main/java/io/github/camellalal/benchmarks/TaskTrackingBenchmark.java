package io.github.camellalal.benchmarks;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.component.LalalComponent;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * Tracking many finished tasks with the {@code lalal:tasks} consumer (public options only), in memory and with a
 * {@link FileStateRepository}: the time from handing the ids to {@code lalal:track} until every terminal event was
 * delivered, events per second, and the check requests that took against one check request per file (what the
 * service's official example scripts do on every poll).
 */
final class TaskTrackingBenchmark {

    private static final long DEADLINE_SECONDS = 300;
    private final int tasks;
    private final Path dir;

    TaskTrackingBenchmark(int tasks, Path dir) {
        this.tasks = tasks;
        this.dir = dir;
    }

    void run(ResultTable table) throws Exception {
        try (LalalEmulator emulator = LalalEmulator.builder()
                .license(EmulatorLicense.paid(BenchFiles.KEY).withMinutes(1_000_000))
                .taskDuration(Duration.ofMillis(1)).build().start();
             LalalClient client = LalalClient.create(LalalClientConfig.builder().baseUrl(emulator.baseUrl())
                     .apiKey(BenchFiles.KEY).build())) {
            List<String> ids = BenchFiles.uploadAndSplit(client, tasks);
            for (String store : List.of("memory", "file")) {
                emulator.requestLog().clear();
                Path repo = dir.resolve("tasks-" + tasks + ".state");
                String what = "track " + tasks + " finished tasks, state " + (store.equals("file")
                        ? "in FileStateRepository" : "in memory");
                long nanos;
                try {
                    nanos = track(emulator, ids, store.equals("file") ? repo : null);
                } catch (DeadlineException e) {
                    table.row(what + ": time to all terminal events", "> " + DEADLINE_SECONDS + " s", "-", "-",
                            e.getMessage());
                    continue;
                }
                int checks = emulator.requestLog().count(Endpoint.CHECK);
                double seconds = nanos / 1e9;
                table.row(what + ": time to all terminal events", String.format("%.2f s", seconds), "-", "-",
                        String.format("%.0f events/s", tasks / seconds));
                table.row(what + ": check requests", String.valueOf(checks), tasks + " (one per file)",
                        String.format("%.3f", checks / (double) tasks), "requests for the poll(s) until all were "
                                + "delivered, vs one check per file per poll");
                java.nio.file.Files.deleteIfExists(repo);
            }
        }
    }

    private long track(LalalEmulator emulator, List<String> ids, Path repository) throws Exception {
        AtomicInteger terminal = new AtomicInteger();
        try (CamelContext camel = new DefaultCamelContext()) {
            LalalComponent lalal = new LalalComponent();
            lalal.getConfiguration().setBaseUrl(emulator.baseUrl());
            lalal.getConfiguration().setApiKey(BenchFiles.KEY);
            camel.addComponent("lalal", lalal);
            if (repository != null) {
                camel.getRegistry().bind("taskState", FileStateRepository.fileStateRepository(repository.toFile()));
            }
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("lalal:tasks?delay=200&initialDelay=0" + (repository != null ? "&stateRepository=#taskState"
                            : "")).routeId("tasks")
                            .filter(simple("${header.CamelLalalTaskState} != 'progress'"))
                            .process(e -> terminal.incrementAndGet());
                }
            });
            camel.start();
            long started = System.nanoTime();
            camel.createProducerTemplate().sendBody("lalal:track", String.join(",", ids));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
            while (terminal.get() < ids.size()) {
                if (System.nanoTime() > deadline) {
                    throw new DeadlineException("only " + terminal.get() + " of " + ids.size()
                            + " terminal events within " + DEADLINE_SECONDS + " s");
                }
                TimeUnit.MILLISECONDS.sleep(5);
            }
            return System.nanoTime() - started;
        }
    }

    /** The tasks were not all delivered in time. */
    private static final class DeadlineException extends Exception {
        DeadlineException(String message) {
            super(message);
        }
    }
}
