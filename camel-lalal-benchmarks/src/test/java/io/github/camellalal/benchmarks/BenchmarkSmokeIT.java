package io.github.camellalal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmarks from rotting: every row runs at a tiny size and yields figures, not failures; the transfer
 * rows over http and over https (against a sink with a certificate generated for the run).
 */
class BenchmarkSmokeIT {

    @Test
    void everyBenchmarkRunsAtSmokeSize() throws Exception {
        ResultTable table = BenchmarkRunner.run("--transfer-mib=4", "--rounds=1", "--transfer-ops=up,down,both",
                "--tasks=20", "--batch=3", "--overhead-ops=20");

        List<String[]> rows = table.rows();
        System.out.println(table.render());
        assertThat(rows).extracting(r -> r[0]).anyMatch(w -> w.startsWith("upload 4 MiB vs socket copy"))
                .anyMatch(w -> w.startsWith("download 4 MiB (one track) vs socket copy"))
                .anyMatch(w -> w.startsWith("download 2 x 4 MiB (track=both)"))
                .anyMatch(w -> w.startsWith("upload 4 MiB over https vs Java TLS copy, after warm-up"))
                .anyMatch(w -> w.startsWith("upload 4 MiB over https vs Java TLS copy, first transfer"))
                .anyMatch(w -> w.startsWith("download 4 MiB over https (one track) vs Java TLS copy, after warm-up"))
                .anyMatch(w -> w.startsWith("download 4 MiB over https (one track) vs Java TLS copy, first transfer"))
                .anyMatch(w -> w.startsWith("download 2 x 4 MiB over https (track=both)"))
                .anyMatch(w -> w.startsWith("heap peak, component JVM, download 4 MiB over https"))
                .anyMatch(w -> w.startsWith("track 20 finished tasks, state in memory"))
                .anyMatch(w -> w.startsWith("track 20 finished tasks, state in FileStateRepository"))
                .anyMatch(w -> w.startsWith("process 3 small files"))
                .anyMatch(w -> w.startsWith("producer lalal:limits"));
        // CPU time comes in 10 ms ticks: at smoke size those rows exist but need not hold figures
        List<String[]> cpuRows = rows.stream().filter(r -> r[0].contains(": CPU s per GiB vs ")).toList();
        assertThat(cpuRows).extracting(r -> r[0]).hasSize(4)
                .anyMatch(w -> w.startsWith("upload 4 MiB over https: CPU s per GiB vs Java TLS copy"))
                .anyMatch(w -> w.startsWith("download 4 MiB over https (one track): CPU s per GiB vs Java TLS copy"));
        assertThat(rows).filteredOn(r -> !cpuRows.contains(r))
                .allSatisfy(r -> assertThat(r[1]).as(r[0]).doesNotContain("failed", "OutOfMemoryError", "-"));
        // every other comparison (socket copy, Java TLS copy, curl, ...) has a number as its ratio
        assertThat(rows).filteredOn(r -> r[0].contains(" vs ") && !cpuRows.contains(r)).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(r -> assertThat(Double.parseDouble(r[3])).as(r[0]).isPositive().isFinite());
        assertThat(rows).filteredOn(r -> r[0].contains(" vs Java TLS copy, ") && !cpuRows.contains(r)).hasSize(4)
                .allSatisfy(r -> assertThat(Double.parseDouble(r[3])).as(r[0]).isPositive().isFinite());
        assertThat(rows).filteredOn(r -> r[0].startsWith("https: TLS session"))
                .singleElement().satisfies(r -> assertThat(r[1]).startsWith("TLSv1."));
        assertThat(rows).filteredOn(r -> r[0].contains("check requests"))
                .allSatisfy(r -> assertThat(r[1]).as(r[0]).isEqualTo("1"));
    }
}
