package io.github.camellalal.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line a child JVM of the transfer rows prints, and its parsing. */
record ChildResult(long nanos, long bytes, long peakMiB) {

    private static final Pattern LINE = Pattern.compile("RESULT nanos=(\\d+) bytes=(\\d+) heapPeakMiB=(\\d+)");

    private static final AtomicLong PEAK = new AtomicLong();

    /**
     * Samples the used heap every 5 ms on a daemon thread (the pools' own peaks happen at different moments, so
     * their sum would overstate it).
     */
    static void sampleHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Thread t = new Thread(() -> {
            while (true) {
                PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        t.setDaemon(true);
        t.start();
    }

    /** The highest used heap sampled so far, in MiB. */
    static long heapPeakMiB() {
        return PEAK.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max)
                >> 20;
    }

    static ChildResult parse(String output) {
        Matcher m = LINE.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("child JVM printed no result:\n" + output);
        }
        return new ChildResult(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
    }

    /** Mebibytes per second. */
    double mibPerSecond() {
        return bytes / 1048576.0 / (nanos / 1e9);
    }
}
