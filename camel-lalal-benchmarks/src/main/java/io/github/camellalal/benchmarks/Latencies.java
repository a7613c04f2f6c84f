package io.github.camellalal.benchmarks;

import java.util.List;

/**
 * What a run measured: the time from each task's end at the service to the check that saw it ended.
 *
 * @param seen           tasks whose end a check saw
 * @param unseen         tasks that ended in the window but no check saw before the run's bound
 * @param medianMillis   the median latency
 * @param p95Millis      the 95th percentile
 * @param maxMillis      the worst
 * @param meanTracked    tasks tracked at once, on average over the window
 * @param checksPerTask  ids checked per task split
 */
record Latencies(int seen, int unseen, long medianMillis, long p95Millis, long maxMillis, double meanTracked,
        double checksPerTask) {

    static Latencies of(List<Long> latencies, int unseen, double meanTracked, double checksPerTask) {
        List<Long> sorted = latencies.stream().sorted().toList();
        return new Latencies(sorted.size(), unseen, rank(sorted, 0.5), rank(sorted, 0.95),
                sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1), meanTracked, checksPerTask);
    }

    /** The nearest-rank percentile, -1 when nothing was measured. */
    private static long rank(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
