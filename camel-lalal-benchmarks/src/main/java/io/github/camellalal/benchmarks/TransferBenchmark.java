package io.github.camellalal.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
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
        writeSource(source);
        boolean curl = curlPresent();
        String size = bytes >= 1 << 30 ? (bytes >> 30) + " GiB" : (bytes >> 20) + " MiB";
        try (TransferSink sink = new TransferSink()) {
            for (String op : ops) {
                List<Double> component = new ArrayList<>();
                List<Double> socket = new ArrayList<>();
                List<Double> curlRates = new ArrayList<>();
                long heapPeak = 0;
                String failure = null;
                for (int round = 0; round < rounds; round++) {
                    for (int k = 0; k < 3; k++) {
                        int which = (k + round) % 3;
                        if (which == 0) {
                            try {
                                ChildResult r = component(sink, op, source);
                                component.add(r.mibPerSecond());
                                heapPeak = Math.max(heapPeak, r.peakMiB());
                            } catch (IllegalStateException e) {
                                failure = e.getMessage().contains("OutOfMemoryError") ? "OutOfMemoryError"
                                        : "failed: " + e.getMessage().lines().findFirst().orElse("");
                            }
                        } else if (which == 1 && !op.equals("both")) {
                            socket.add(socket(sink, op, source).mibPerSecond());
                        } else if (which == 2 && curl && !op.equals("both")) {
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
                double c = median(component);
                if (failure != null) {
                    table.row(what, failure, "-", "-", component.size() + " of " + rounds + " runs completed");
                }
                if (op.equals("both")) {
                    table.row(what, mib(c), "-", "-", "MiB/s; 2 tracks one after the other");
                } else {
                    table.row(what + " vs socket copy", mib(c), mib(median(socket)), ratio(c, median(socket)),
                            "MiB/s, median of " + rounds);
                    if (curl) {
                        table.row(what + " vs curl", mib(c), mib(median(curlRates)), ratio(c, median(curlRates)),
                                "MiB/s, median of " + rounds);
                    }
                }
                table.row("heap peak, component JVM, " + what, heapPeak + " MiB", "64 MiB (-Xmx)",
                        String.format("%.2f", heapPeak / 64.0), "Camel stream caching "
                                + (streamCaching ? "on (default)" : "off"));
            }
        } finally {
            Files.deleteIfExists(source);
            cleanTargets();
        }
    }

    private ChildResult component(TransferSink sink, String op, Path source) throws Exception {
        List<String> jvm = List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-Dbench.streamCaching=" + streamCaching,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        String out = op.equals("up")
                ? ChildJvm.run(jvm, ComponentTransferMain.class, dir, "up", sink.baseUrl(), source.toString())
                : ChildJvm.run(jvm, ComponentTransferMain.class, dir, op, sink.baseUrl(), String.valueOf(bytes),
                        dir.resolve("component.bin").toString());
        return ChildResult.parse(out);
    }

    private ChildResult socket(TransferSink sink, String op, Path source) throws Exception {
        String out = op.equals("up")
                ? ChildJvm.run(List.of(), SocketCopyMain.class, dir, "up", sink.baseUrl(), source.toString())
                : ChildJvm.run(List.of(), SocketCopyMain.class, dir, "down", sink.baseUrl(), String.valueOf(bytes),
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

    private void writeSource(Path source) throws IOException {
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 7);
        }
        try (OutputStream out = Files.newOutputStream(source)) {
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
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

    private static String mib(double v) {
        return Double.isNaN(v) ? "-" : String.format("%.0f", v);
    }

    private static String ratio(double a, double b) {
        return String.format("%.2f", a / b);
    }
}
