package io.github.camellalal.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line a child JVM of the transfer rows prints, and its parsing: the timed transfer's wall time, bytes, the heap
 * peak, and the CPU time the whole JVM used during the transfer (all its threads: the copy, JIT compilers, GC),
 * which another process on the machine disturbs much less than the wall time.
 */
record ChildResult(long nanos, long bytes, long peakMiB, long cpuNanos) {

    private static final Pattern LINE = Pattern.compile(
            "RESULT nanos=(\\d+) bytes=(\\d+) heapPeakMiB=(\\d+) cpuNanos=(\\d+)");

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

    /** The CPU time this JVM has used so far, all threads, in nanoseconds. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The line the runner parses, for a transfer that started at {@code startedNanos} / {@code startedCpu}. */
    static String line(long startedNanos, long startedCpu, long bytes) {
        long nanos = System.nanoTime() - startedNanos;
        long cpu = processCpuNanos() - startedCpu;
        return "RESULT nanos=" + nanos + " bytes=" + bytes + " heapPeakMiB=" + heapPeakMiB() + " cpuNanos=" + cpu;
    }

    static ChildResult parse(String output) {
        Matcher m = LINE.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("child JVM printed no result:\n" + output);
        }
        return new ChildResult(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)));
    }

    /** Mebibytes per second. */
    double mibPerSecond() {
        return bytes / 1048576.0 / (nanos / 1e9);
    }

    /** CPU seconds per GiB moved. */
    double cpuSecondsPerGib() {
        return cpuNanos / 1e9 / (bytes / (double) (1L << 30));
    }
}
