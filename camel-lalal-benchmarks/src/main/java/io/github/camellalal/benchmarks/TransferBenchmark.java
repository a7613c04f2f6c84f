package io.github.camellalal.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Upload and download of one large file on loopback, side by side in one run: the component in a fresh
 * {@code -Xmx64m} JVM, a plain Java socket copy in a fresh JVM, and curl when installed, all against one
 * {@link TransferSink}; rounds alternate the order and the median of each counts.
 */
final class TransferBenchmark {

    /** The untimed transfer before the timed one in the "after warm-up" runs (above the 1 MiB spool threshold). */
    private static final long WARM_UP = 2 << 20;

    private final long bytes;
    private final int rounds;
    private final Path dir;
    private final boolean streamCaching;
    private final List<String> ops;

    TransferBenchmark(long bytes, int rounds, Path dir, boolean streamCaching, List<String> ops) {
        this.ops = ops;
        this.bytes = bytes;
        this.rounds = rounds;
        this.dir = dir;
        this.streamCaching = streamCaching;
    }

    void run(ResultTable table) throws Exception {
        Path source = dir.resolve("upload.wav");
        boolean curl = curlPresent();
        String size = bytes >= 1 << 30 ? (bytes >> 30) + " GiB" : (bytes >> 20) + " MiB";
        try (TransferSink sink = new TransferSink()) {
            for (String op : ops) {
                // the source exists only for the upload rows: on a tmpfs it is memory the downloads would lack
                if (op.equals("up")) {
                    BenchFiles.sample(source, bytes);
                }
                try {
                    measure(table, sink, op, source, curl, size);
                } finally {
                    Files.deleteIfExists(source);
                }
            }
        } finally {
            cleanTargets();
        }
    }

    /**
     * One operation: in each round, in a rotating order, the component and the socket copy each in a fresh JVM,
     * once timing their first transfer and once timing a transfer after an untimed 2 MiB one in the same JVM (class
     * loading, JIT and the first connection are then behind it: that run is the throughput), and curl.
     */
    private void measure(ResultTable table, TransferSink sink, String op, Path source, boolean curl, String size)
            throws Exception {
        boolean both = op.equals("both");
        List<Double> componentCold = new ArrayList<>();
        List<Double> componentWarm = new ArrayList<>();
        List<Double> socketCold = new ArrayList<>();
        List<Double> socketWarm = new ArrayList<>();
        List<Double> curlRates = new ArrayList<>();
        long heapPeak = 0;
        String failure = null;
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < 5; k++) {
                int which = (k + round) % 5;
                if (which <= 1) {
                    try {
                        ChildResult r = component(sink, op, source, which == 1 ? WARM_UP : 0);
                        (which == 1 ? componentWarm : componentCold).add(r.mibPerSecond());
                        heapPeak = Math.max(heapPeak, r.peakMiB());
                    } catch (IllegalStateException e) {
                        failure = e.getMessage().contains("OutOfMemoryError") ? "OutOfMemoryError"
                                : "failed: " + e.getMessage().lines().findFirst().orElse("");
                    }
                } else if (which <= 3 && !both) {
                    (which == 3 ? socketWarm : socketCold).add(socket(sink, op, source, which == 3 ? WARM_UP : 0)
                            .mibPerSecond());
                } else if (which == 4 && curl && !both) {
                    curlRates.add(curl(sink, op, source));
                }
                cleanTargets();
            }
        }
        String what = switch (op) {
            case "up" -> "upload " + size;
            case "down" -> "download " + size + " (one track)";
            default -> "download 2 x " + size + " (track=both)";
        };
        if (failure != null) {
            table.row(what, failure, "-", "-", componentCold.size() + componentWarm.size() + " of " + 2 * rounds
                    + " runs completed");
        }
        String note = "MiB/s, median of " + rounds;
        double cold = median(componentCold);
        double warm = median(componentWarm);
        if (both) {
            table.row(what + ", first transfer", mib(cold), "-", "-",
                    note + "; 2 tracks one after the other; range " + range(componentCold));
            table.row(what + ", after warm-up", mib(warm), "-", "-",
                    note + "; 2 tracks one after the other; range " + range(componentWarm));
        } else {
            double socketWarmMedian = median(socketWarm);
            double socketColdMedian = median(socketCold);
            table.row(what + " vs socket copy, after warm-up", mib(warm), mib(socketWarmMedian),
                    ratio(warm, socketWarmMedian), note + "; each JVM moved 2 MiB first, untimed; "
                            + ranges(componentWarm, socketWarm));
            table.row(what + " vs socket copy, first transfer", mib(cold), mib(socketColdMedian),
                    ratio(cold, socketColdMedian), note + "; fresh JVMs, start-up included; "
                            + ranges(componentCold, socketCold));
            if (curl) {
                double curlMedian = median(curlRates);
                table.row(what + " vs curl, first transfer", mib(cold), mib(curlMedian), ratio(cold, curlMedian),
                        note + "; " + ranges(componentCold, curlRates));
            }
        }
        table.row("heap peak, component JVM, " + what, heapPeak + " MiB", "64 MiB (-Xmx)",
                String.format("%.2f", heapPeak / 64.0), "Camel stream caching "
                        + (streamCaching ? "on (default)" : "off"));
    }

    private ChildResult component(TransferSink sink, String op, Path source, long warmUp) throws Exception {
        List<String> jvm = List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-Dbench.warmupBytes=" + warmUp,
                "-Dbench.streamCaching=" + streamCaching, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        String out = op.equals("up")
                ? ChildJvm.run(jvm, ComponentTransferMain.class, dir, "up", sink.baseUrl(), source.toString())
                : ChildJvm.run(jvm, ComponentTransferMain.class, dir, op, sink.baseUrl(), String.valueOf(bytes),
                        dir.resolve("component.bin").toString());
        return ChildResult.parse(out);
    }

    private ChildResult socket(TransferSink sink, String op, Path source, long warmUp) throws Exception {
        List<String> jvm = List.of("-Dbench.warmupBytes=" + warmUp);
        String out = op.equals("up")
                ? ChildJvm.run(jvm, SocketCopyMain.class, dir, "up", sink.baseUrl(), source.toString())
                : ChildJvm.run(jvm, SocketCopyMain.class, dir, "down", sink.baseUrl(), String.valueOf(bytes),
                        dir.resolve("socket.bin").toString());
        return ChildResult.parse(out);
    }

    private double curl(TransferSink sink, String op, Path source) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("curl", "-s", "-S", "-f", "-w", "%{time_total}"));
        if (op.equals("up")) {
            // -T streams the file (--data-binary would read it into memory first); no Expect: 100-continue wait
            cmd.addAll(List.of("-T", source.toString(), "-X", "POST", "-H", "Expect:", "-H",
                    "Content-Disposition: attachment; filename=\"bench.mp3\"", "-o", "/dev/null",
                    sink.baseUrl() + "/api/upload/"));
        } else {
            cmd.addAll(List.of("-o", dir.resolve("curl.bin").toString(),
                    sink.baseUrl() + "/media/" + bytes + "/bench.mp3"));
        }
        String out = ChildJvm.exec(cmd, dir).trim();
        double seconds = Double.parseDouble(out.substring(out.lastIndexOf('\n') + 1).trim());
        return bytes / 1048576.0 / seconds;
    }

    private void cleanTargets() throws IOException {
        for (String name : List.of("component.bin", "component.bin.0", "component.bin.1", "socket.bin", "curl.bin")) {
            Files.deleteIfExists(dir.resolve(name));
        }
    }

    static boolean curlPresent() {
        try {
            Process p = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The spread of both sides, as {@code ranges a-b vs c-d}. */
    private static String ranges(List<Double> component, List<Double> baseline) {
        return "ranges " + range(component) + " vs " + range(baseline);
    }

    private static String range(List<Double> values) {
        return values.isEmpty() ? "-" : mib(values.stream().min(Double::compare).get()) + "-"
                + mib(values.stream().max(Double::compare).get());
    }

    private static String mib(double v) {
        return Double.isNaN(v) ? "-" : String.format("%.0f", v);
    }

    private static String ratio(double a, double b) {
        return String.format("%.2f", a / b);
    }
}
