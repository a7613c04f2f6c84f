package io.github.camellalal.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Upload and download of one large file on loopback, side by side in one run, over http and over https: the
 * component in a fresh {@code -Xmx64m} JVM, a plain Java copy in a fresh JVM (a socket channel over http,
 * {@link TlsCopyMain}'s {@code SSLSocket} over https), and curl when installed, all against one {@link TransferSink}
 * per scheme; rounds alternate the order and the median of each counts.
 */
final class TransferBenchmark {

    /** What the sink moves each way, in its own JVM, before any client is timed. */
    private static final long SINK_WARM_UP = 256 << 20;
    /** The least CPU time per side that the CPU rows compare (the JVM reports it in 10 ms ticks). */
    private static final double MIN_CPU_SECONDS = 0.2;

    private final long bytes;
    private final int rounds;
    private final Path dir;
    private final boolean streamCaching;
    private final List<String> ops;
    private final List<String> schemes;
    /** The untimed transfer before the timed one in the "after warm-up" runs (default 2 MiB: above the spool). */
    private final long warmUp;

    TransferBenchmark(long bytes, int rounds, Path dir, boolean streamCaching, List<String> ops,
            List<String> schemes, long warmUp) {
        this.warmUp = warmUp;
        this.ops = ops;
        this.bytes = bytes;
        this.rounds = rounds;
        this.dir = dir;
        this.streamCaching = streamCaching;
        this.schemes = schemes;
    }

    void run(ResultTable table) throws Exception {
        Path source = dir.resolve("upload.wav");
        boolean curl = curlPresent();
        String size = bytes >= 1 << 30 ? (bytes >> 30) + " GiB" : (bytes >> 20) + " MiB";
        try {
            for (String scheme : schemes) {
                try (TransferSink sink = switch (scheme) {
                    case "http" -> new TransferSink();
                    case "https" -> TransferSink.https(dir.resolve("tls"));
                    default -> throw new IllegalArgumentException("--schemes takes http and https, not " + scheme);
                }) {
                    sink.warmUp(Math.min(bytes, SINK_WARM_UP));
                    Sessions sessions = new Sessions();
                    for (String op : ops) {
                        // the source exists only for the upload rows: on a tmpfs it is memory the downloads would lack
                        if (op.equals("up")) {
                            BenchFiles.sample(source, bytes);
                        }
                        try {
                            measure(table, sink, op, source, curl, size, sessions);
                        } finally {
                            Files.deleteIfExists(source);
                        }
                    }
                    if (sink.tls()) {
                        table.row("https: TLS session the sink negotiated", sessions.component, sessions.java
                                + " (Java TLS copy), " + sessions.curl + " (curl)", "-", "protocol and cipher suite;"
                                + " certificate: EC P-256, self-signed, verified with the host name by all three");
                    }
                }
            }
        } finally {
            cleanTargets();
        }
    }

    /**
     * One operation: in each round, in a rotating order, the component and the plain Java copy each in a fresh JVM,
     * once timing their first transfer and once timing a transfer after an untimed one of {@code --warmup-mib} in the
     * same JVM and on the same connection (class loading, JIT and connecting are then behind it: that run is the
     * throughput), and curl.
     */
    private void measure(ResultTable table, TransferSink sink, String op, Path source, boolean curl, String size,
            Sessions sessions) throws Exception {
        boolean both = op.equals("both");
        List<Double> componentCold = new ArrayList<>();
        List<Double> componentWarm = new ArrayList<>();
        List<Double> copyCold = new ArrayList<>();
        List<Double> copyWarm = new ArrayList<>();
        List<Double> curlRates = new ArrayList<>();
        List<Double> componentCpu = new ArrayList<>();
        List<Double> copyCpu = new ArrayList<>();
        long heapPeak = 0;
        String failure = null;
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < 5; k++) {
                int which = (k + round) % 5;
                if (which <= 1) {
                    try {
                        ChildResult r = component(sink, op, source, which == 1 ? warmUp : 0);
                        (which == 1 ? componentWarm : componentCold).add(r.mibPerSecond());
                        if (which == 1) {
                            componentCpu.add(r.cpuSecondsPerGib());
                        }
                        heapPeak = Math.max(heapPeak, r.peakMiB());
                        sessions.component = sink.tlsSession();
                    } catch (IllegalStateException e) {
                        failure = e.getMessage().contains("OutOfMemoryError") ? "OutOfMemoryError"
                                : "failed: " + e.getMessage().lines().findFirst().orElse("");
                    }
                } else if (which <= 3 && !both) {
                    ChildResult r = copy(sink, op, source, which == 3 ? warmUp : 0);
                    (which == 3 ? copyWarm : copyCold).add(r.mibPerSecond());
                    if (which == 3) {
                        copyCpu.add(r.cpuSecondsPerGib());
                    }
                    sessions.java = sink.tlsSession();
                } else if (which == 4 && curl && !both) {
                    curlRates.add(curl(sink, op, source));
                    sessions.curl = sink.tlsSession();
                }
                cleanTargets();
            }
        }
        String over = sink.tls() ? " over https" : "";
        String what = switch (op) {
            case "up" -> "upload " + size + over;
            case "down" -> "download " + size + over + " (one track)";
            default -> "download 2 x " + size + over + " (track=both)";
        };
        String baseline = sink.tls() ? "Java TLS copy" : "socket copy";
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
            double copyWarmMedian = median(copyWarm);
            double copyColdMedian = median(copyCold);
            table.row(what + " vs " + baseline + ", after warm-up", mib(warm), mib(copyWarmMedian),
                    ratio(warm, copyWarmMedian), note + "; each JVM moved " + (warmUp >> 20) + " MiB first, untimed; "
                            + ranges(componentWarm, copyWarm));
            table.row(what + " vs " + baseline + ", first transfer", mib(cold), mib(copyColdMedian),
                    ratio(cold, copyColdMedian), note + "; fresh JVMs, start-up included; "
                            + ranges(componentCold, copyCold));
            double cpu = median(componentCpu);
            double copyCpuMedian = median(copyCpu);
            // the JVM counts CPU time in 10 ms ticks: below 0.2 s a side's figure is too coarse to compare
            double gib = bytes / (double) (1L << 30);
            boolean measurable = Math.min(cpu, copyCpuMedian) * gib >= MIN_CPU_SECONDS;
            table.row(what + ": CPU s per GiB vs " + baseline + ", after warm-up", measurable ? seconds(cpu) : "-",
                    measurable ? seconds(copyCpuMedian) : "-", measurable ? ratio(cpu, copyCpuMedian) : "-",
                    (measurable ? "median of " + rounds : "too short to measure (under " + MIN_CPU_SECONDS
                            + " CPU s)") + "; the JVM's CPU time (all threads) in the timed transfer: lower is better,"
                            + " and less disturbed than MiB/s by other load; ranges " + secondsRange(componentCpu)
                            + " vs " + secondsRange(copyCpu));
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
        List<String> jvm = new ArrayList<>(List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError",
                "-Dbench.warmupBytes=" + warmUp, "-Dbench.streamCaching=" + streamCaching,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
        jvm.addAll(trustOptions(sink));
        String out = op.equals("up")
                ? ChildJvm.run(jvm, ComponentTransferMain.class, dir, "up", sink.baseUrl(), source.toString())
                : ChildJvm.run(jvm, ComponentTransferMain.class, dir, op, sink.baseUrl(), String.valueOf(bytes),
                        dir.resolve("component.bin").toString());
        return ChildResult.parse(out);
    }

    /** The plain Java copy: {@link SocketCopyMain} over http, {@link TlsCopyMain} over https. */
    private ChildResult copy(TransferSink sink, String op, Path source, long warmUp) throws Exception {
        List<String> jvm = new ArrayList<>(List.of("-Dbench.warmupBytes=" + warmUp));
        jvm.addAll(trustOptions(sink));
        Class<?> main = sink.tls() ? TlsCopyMain.class : SocketCopyMain.class;
        String out = op.equals("up")
                ? ChildJvm.run(jvm, main, dir, "up", sink.baseUrl(), source.toString())
                : ChildJvm.run(jvm, main, dir, "down", sink.baseUrl(), String.valueOf(bytes),
                        dir.resolve("socket.bin").toString());
        return ChildResult.parse(out);
    }

    private static List<String> trustOptions(TransferSink sink) {
        return sink.tls() ? List.of("-Dbench.trustStore=" + sink.trust().trustStore(),
                "-Dbench.trustStorePassword=" + sink.trust().trustStorePassword()) : List.of();
    }

    private double curl(TransferSink sink, String op, Path source) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("curl", "-s", "-S", "-f", "-w", "%{time_total}"));
        if (sink.tls()) {
            cmd.addAll(List.of("--cacert", sink.trust().certificatePem().toString()));
        }
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

    /** The TLS session each client last negotiated with the https sink. */
    private static final class Sessions {
        private String component = "-";
        private String java = "-";
        private String curl = "-";
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

    private static String seconds(double v) {
        return Double.isNaN(v) ? "-" : String.format("%.2f", v);
    }

    private static String secondsRange(List<Double> values) {
        return values.isEmpty() ? "-" : seconds(values.stream().min(Double::compare).get()) + "-"
                + seconds(values.stream().max(Double::compare).get());
    }

    private static String mib(double v) {
        return Double.isNaN(v) ? "-" : String.format("%.0f", v);
    }

    private static String ratio(double a, double b) {
        return String.format("%.2f", a / b);
    }
}
