package io.github.camellalal.benchmarks;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.Stem;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.component.LalalComponent;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulator;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * {@code lalal:process} of many small files sent at once, against the plain client doing upload, split, poll and
 * download for one file after the other (a script's way), on the emulator with the same task duration and poll
 * interval: wall time, and HTTP requests per file.
 */
final class ProcessBatchBenchmark {

    private static final Duration TASK = Duration.ofMillis(300);
    private static final long POLL_MS = 100;
    private final int files;

    ProcessBatchBenchmark(int files) {
        this.files = files;
    }

    void run(ResultTable table) throws Exception {
        byte[] wav = BenchFiles.wav(800);
        try (LalalEmulator emulator = LalalEmulator.builder()
                .license(EmulatorLicense.paid(BenchFiles.KEY).withMinutes(1_000_000)).taskDuration(TASK).build()
                .start()) {
            long component = component(emulator, wav);
            int componentRequests = emulator.requestLog().all().size();
            emulator.requestLog().clear();
            long sequential = sequential(emulator, wav);
            int sequentialRequests = emulator.requestLog().all().size();
            table.row("process " + files + " small files at once vs sequential plain client: wall time",
                    String.format("%.2f s", component / 1e9), String.format("%.2f s", sequential / 1e9),
                    String.format("%.3f", component / (double) sequential), "task " + TASK.toMillis()
                            + " ms, poll every " + POLL_MS + " ms on both sides");
            table.row("process " + files + " small files: HTTP requests per file",
                    String.format("%.2f", componentRequests / (double) files),
                    String.format("%.2f", sequentialRequests / (double) files),
                    String.format("%.3f", componentRequests / (double) sequentialRequests),
                    "upload, split, checks, download");
        }
    }

    private long component(LalalEmulator emulator, byte[] wav) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            LalalComponent lalal = new LalalComponent();
            lalal.getConfiguration().setBaseUrl(emulator.baseUrl());
            lalal.getConfiguration().setApiKey(BenchFiles.KEY);
            camel.addComponent("lalal", lalal);
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            String uri = "lalal:process?stem=vocals&pollInterval=" + POLL_MS;
            long started = System.nanoTime();
            List<CompletableFuture<Exchange>> running = new ArrayList<>();
            for (int i = 0; i < files; i++) {
                String name = "batch-" + i + ".wav";
                running.add(template.asyncSend(uri, e -> {
                    e.getMessage().setBody(wav);
                    e.getMessage().setHeader(Exchange.FILE_NAME, name);
                }));
            }
            for (CompletableFuture<Exchange> f : running) {
                Exchange e = f.get(10, TimeUnit.MINUTES);
                if (e.getException() != null) {
                    throw e.getException();
                }
                e.getMessage().getBody(byte[].class);
            }
            return System.nanoTime() - started;
        }
    }

    private long sequential(LalalEmulator emulator, byte[] wav) throws Exception {
        try (LalalClient client = LalalClient.create(LalalClientConfig.builder().baseUrl(emulator.baseUrl())
                .apiKey(BenchFiles.KEY).build())) {
            long started = System.nanoTime();
            for (int i = 0; i < files; i++) {
                String id = client.upload("seq-" + i + ".wav", wav).id();
                client.split(SplitRequest.forFile(id).stem(Stem.VOCALS).build());
                FileStatus status = client.check(id);
                while (status.taskState() != TaskState.SUCCESS) {
                    if (status.taskState() != null && status.taskState().isTerminal()) {
                        throw new IllegalStateException("task of " + id + " ended in " + status.taskState());
                    }
                    TimeUnit.MILLISECONDS.sleep(POLL_MS);
                    status = client.check(id);
                }
                client.download(status.tracks().stemTrackUrl(), new ByteArrayOutputStream());
            }
            return System.nanoTime() - started;
        }
    }

}
