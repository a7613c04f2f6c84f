package io.github.camellalal.benchmarks;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.component.LalalComponent;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * What the producer adds to one API call: {@code lalal:limits} through a ProducerTemplate against
 * {@code LalalClient.limits()} called directly, on the same emulator, alternating blocks after a warm-up.
 */
final class ProducerOverheadBenchmark {

    private final int ops;

    ProducerOverheadBenchmark(int ops) {
        this.ops = ops;
    }

    void run(ResultTable table) throws Exception {
        try (LalalEmulator emulator = LalalEmulator.builder().license(EmulatorLicense.paid(BenchFiles.KEY)).build()
                .start();
             LalalClient client = LalalClient.create(LalalClientConfig.builder().baseUrl(emulator.baseUrl())
                     .apiKey(BenchFiles.KEY).build());
             CamelContext camel = new DefaultCamelContext()) {
            LalalComponent lalal = new LalalComponent();
            lalal.getConfiguration().setBaseUrl(emulator.baseUrl());
            lalal.getConfiguration().setApiKey(BenchFiles.KEY);
            camel.addComponent("lalal", lalal);
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            int block = Math.max(1, ops / 10);
            long viaCamel = 0;
            long direct = 0;
            for (int round = -1; round < 10; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < block; i++) {
                    template.requestBody("lalal:limits", null, LicenseLimits.class);
                }
                long t1 = System.nanoTime();
                for (int i = 0; i < block; i++) {
                    client.limits();
                }
                long t2 = System.nanoTime();
                if (round >= 0) { // round -1 warms both paths up
                    viaCamel += t1 - t0;
                    direct += t2 - t1;
                }
                emulator.requestLog().clear();
            }
            long calls = block * 10L;
            double camelMicros = viaCamel / 1e3 / calls;
            double directMicros = direct / 1e3 / calls;
            table.row("producer lalal:limits vs LalalClient.limits(): time per call",
                    String.format("%.0f us", camelMicros), String.format("%.0f us", directMicros),
                    String.format("%.2f", camelMicros / directMicros),
                    String.format("overhead %.0f us per operation, %d calls each", camelMicros - directMicros, calls));
        }
    }
}
