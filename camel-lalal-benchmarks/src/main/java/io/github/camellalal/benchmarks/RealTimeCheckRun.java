package io.github.camellalal.benchmarks;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.Stem;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.component.tasks.CheckBudget;
import io.github.camellalal.component.tasks.CheckHistory;
import io.github.camellalal.component.tasks.CheckScheduler;
import io.github.camellalal.component.tasks.CheckSchedulers;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The simulation's loop on real time against the emulator: {@code count} tasks split (v1, through the plain
 * client) one every {@code spacing}, each queued for {@code queue} and processed for {@code length}; a
 * {@link CheckBudget} of {@code perMinute} paces the check requests, and at each slot the {@code batch} tasks with
 * the earliest due time (the scheduler's, capped) go in one real check request. The emulator enforces the same
 * limit a minute and would answer 429 to a request over it. Measures, per task, the time from its end at the
 * emulator (split time + queue + length) to the check that saw it ended.
 *
 * @param count       tasks
 * @param spacing     between two splits
 * @param queue       the emulator's queue time
 * @param length      the emulator's task duration
 * @param perMinute   check requests a minute (the budget and the emulator's limit)
 * @param batch       ids a request
 * @param maxInterval the cap on any task's time between checks
 */
record RealTimeCheckRun(int count, Duration spacing, Duration queue, Duration length, int perMinute, int batch,
        Duration maxInterval) {

    /** Bounds the run: tasks not seen ended by then count as unseen. */
    private static final Duration BOUND = Duration.ofMinutes(4);

    /** One tracked task. */
    private record Tracked(long due, long seq, String id, long endMillis, CheckHistory history) {
    }

    /**
     * What a run measured.
     *
     * @param latencies the figures
     * @param tooMany   check answers of 429 (over the emulator's limit)
     * @param requests  check requests sent
     */
    record Outcome(Latencies latencies, int tooMany, int requests) {
    }

    /** The run's twin on the virtual clock. */
    CheckSimulation simulation() {
        return CheckSimulation.evenly(ServiceModel.emulator(length.toMillis(), queue.toMillis()), count,
                spacing.toMillis(), perMinute, batch, maxInterval.toMillis());
    }

    /** Runs against a fresh emulator with {@code scheduler}. */
    Outcome run(CheckScheduler scheduler) throws Exception {
        CheckScheduler capped = CheckSchedulers.capped(scheduler, maxInterval.toMillis());
        String key = BenchFiles.KEY + "-" + Long.toHexString(System.nanoTime());
        try (LalalEmulator emulator = LalalEmulator.builder()
                .license(EmulatorLicense.paid(key).withMinutes(1_000_000)).taskDuration(length)
                .taskQueueTime(queue).checkRateLimit(perMinute).build().start();
                LalalClient client = LalalClient.create(LalalClientConfig.builder().baseUrl(emulator.baseUrl())
                        .apiKey(key).apiVersion("v1").maxRetries(0).build())) {
            byte[] wav = BenchFiles.wav(800);
            List<String> sources = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sources.add(client.upload("latency-" + i + ".wav", wav).id());
            }
            CheckBudget budget = new CheckBudget(perMinute);
            PriorityQueue<Tracked> due = new PriorityQueue<>(
                    Comparator.comparingLong(Tracked::due).thenComparingLong(Tracked::seq));
            List<Long> latencies = new ArrayList<>();
            // splits go out on their own thread, on time, so that none delays a check past its slot
            Queue<Tracked> splits = new ConcurrentLinkedQueue<>();
            ScheduledExecutorService splitter = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "latency-splits");
                t.setDaemon(true); // a failed run must not keep the JVM alive
                return t;
            });
            long seq = 0;
            int split = 0;
            int tooMany = 0;
            int requests = 0;
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String source = sources.get(i);
                splitter.schedule(() -> {
                    long before = System.currentTimeMillis();
                    String id = client.split(SplitRequest.forFile(source).stem(Stem.VOCALS).build());
                    long at = (before + System.currentTimeMillis()) / 2;
                    CheckHistory h = CheckHistory.tracked(at, null);
                    splits.add(new Tracked(capped.nextCheckMillis(h, at), 0, id,
                            at + queue.toMillis() + length.toMillis(), h));
                }, i * spacing.toNanos(), TimeUnit.NANOSECONDS);
            }
            splitter.shutdown();
            long deadline = start + spacing.toNanos() * count + BOUND.toNanos();
            while (System.nanoTime() < deadline && (split < count || !due.isEmpty())) {
                long slotAt = System.nanoTime() + budget.reserveSlot();
                parkUntil(slotAt);
                for (Tracked t = splits.poll(); t != null; t = splits.poll()) {
                    due.add(new Tracked(t.due(), seq++, t.id(), t.endMillis(), t.history()));
                    split++;
                }
                if (due.isEmpty()) {
                    continue;
                }
                List<Tracked> request = new ArrayList<>(batch);
                while (request.size() < batch && !due.isEmpty()) {
                    request.add(due.poll());
                }
                Map<String, FileStatus> answer;
                try {
                    requests++;
                    answer = client.check(request.stream().map(Tracked::id).toList());
                } catch (io.github.camellalal.client.LalalApiException e) {
                    if (e.httpStatus() != 429) {
                        throw e;
                    }
                    tooMany++;
                    due.addAll(request);
                    continue;
                }
                long now = System.currentTimeMillis();
                for (Tracked r : request) {
                    FileStatus s = answer.get(r.id());
                    TaskState state = s == null ? null : s.taskState();
                    if (state != null && state.isTerminal()) {
                        latencies.add(Math.max(0, now - r.endMillis()));
                    } else {
                        Integer progress = s == null || s.task() == null ? null : s.task().progress();
                        CheckHistory h = r.history().observed("progress", progress, now);
                        due.add(new Tracked(capped.nextCheckMillis(h, now), seq++, r.id(), r.endMillis(), h));
                    }
                }
            }
            splitter.shutdownNow();
            return new Outcome(Latencies.of(latencies, count - latencies.size(), Double.NaN,
                    count == 0 ? 0 : requests * (double) batch / count), tooMany, requests);
        }
    }

    private static void parkUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    /** The configuration in a few words. */
    String describe() {
        return String.format(java.util.Locale.ROOT,
                "%d tasks, one split every %d s, queue %d s + %d s, %d/min x %d ids", count, spacing.toSeconds(),
                queue.toSeconds(), length.toSeconds(), perMinute, batch);
    }
}
