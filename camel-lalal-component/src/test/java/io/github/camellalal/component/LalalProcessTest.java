package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.RecordedRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The one-step process operation: upload, split, wait without holding threads, download. */
class LalalProcessTest extends LalalTestSupport {

    private static final int FRAMES = 3000;
    private static final byte[] WAV = TestWav.stereo(FRAMES);
    private final Set<String> threadsUsed = ConcurrentHashMap.newKeySet();

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:process").to("lalal:process?pollInterval=100").convertBodyTo(byte[].class);
        routes.from("direct:timeout").to("lalal:process?pollInterval=50&timeout=150");
        routes.from("direct:many").to("lalal:process?pollInterval=100")
                .process(e -> {
                    threadsUsed.add(Thread.currentThread().getName());
                    // read the streamed body here, as a file or S3 endpoint would
                    try (InputStream in = e.getMessage().getBody(InputStream.class)) {
                        e.getMessage().setBody(in.readAllBytes());
                    }
                });
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // one pool per component: its size is a component option
        context.getComponent("lalal", LalalComponent.class).setWorkerPoolSize(3);
        return context;
    }

    @Test
    void processDeliversTheStemOfARealWavFile() throws Exception {
        Exchange e = request("direct:process", WAV, "tune.wav");

        assertThat(e.getException()).isNull();
        Message m = e.getMessage();
        assertThat(m.getHeader(Exchange.FILE_NAME)).isEqualTo("tune_vocals_split_by_lalalai.wav");
        assertThat(m.getHeader(LalalConstants.TASK_STATE)).isEqualTo("success");
        assertThat(m.getHeader(LalalConstants.FILE_ID, String.class)).isNotBlank();
        byte[] stem = m.getBody(byte[].class);
        assertThat(stem).hasSameSizeAs(WAV);
        short[] samples = TestWav.samples(stem);
        for (int i = 0; i < FRAMES; i++) {
            int mid = (TestWav.left(i) + TestWav.right(i)) / 2;
            assertThat((int) samples[2 * i]).as("left sample %d", i).isCloseTo(mid, Offset.offset(1));
            assertThat((int) samples[2 * i + 1]).as("right sample %d", i).isCloseTo(mid, Offset.offset(1));
        }
    }

    @Test
    void processFailsWithTheServiceErrorWhenTheTaskFails() {
        byte[] corrupt = "RIFF....WAVEnot really audio".getBytes(StandardCharsets.US_ASCII);

        Exchange e = request("direct:process", corrupt, "broken.wav");

        assertThat(e.getException()).isInstanceOf(LalalTaskException.class)
                .hasMessageContaining("broken.wav").hasMessageContaining("ended in error");
        LalalTaskException t = (LalalTaskException) e.getException();
        assertThat(t.state()).isEqualTo("error");
        assertThat(t.serviceError()).isNotBlank();
        assertThat(e.getException().getMessage()).contains(t.serviceError());
    }

    @Test
    void processFailsWhenTheTaskIsCancelled() {
        CompletableFuture<Exchange> running = template.asyncSend("direct:process", x -> {
            x.getMessage().setBody(WAV);
            x.getMessage().setHeader(Exchange.FILE_NAME, "stopped.wav");
        });
        String id = await().atMost(Duration.ofSeconds(10))
                .until(() -> emulator().requestLog().of(Endpoint.SPLIT).stream()
                        .flatMap(r -> r.fileIds().stream()).findFirst().orElse(null), v -> v != null);

        template.sendBodyAndHeader("lalal:cancel", null, LalalConstants.FILE_ID, id);

        Exchange e = running.join();
        assertThat(e.getException()).isInstanceOf(LalalTaskException.class)
                .hasMessageContaining(id).hasMessageContaining("cancelled");
    }

    @Test
    void processGivesUpAfterTheTimeoutAndCancelsTheTask() {
        Exchange e = request("direct:timeout", WAV, "slow.wav");

        assertThat(e.getException()).isInstanceOf(LalalTaskException.class)
                .hasMessageContaining("Gave up waiting").hasMessageContaining("option timeout");
        String id = ((LalalTaskException) e.getException()).fileId();
        // the cancel runs on a worker after the exchange failed
        await().atMost(Duration.ofSeconds(5)).until(() -> emulator().requestLog().count(Endpoint.CANCEL) == 1);
        assertThat(emulator().requestLog().of(Endpoint.CANCEL)).singleElement()
                .satisfies(r -> assertThat(r.fileIds()).containsExactly(id));
    }

    @Test
    void fiftyFilesInFlightShareFewThreadsAndBatchedChecks() throws Exception {
        int files = 50;
        List<CompletableFuture<Exchange>> inFlight = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            String name = "many-" + i + ".wav";
            inFlight.add(template.asyncSend("direct:many", x -> {
                x.getMessage().setBody(WAV);
                x.getMessage().setHeader(Exchange.FILE_NAME, name);
            }));
        }
        List<Exchange> done = new ArrayList<>();
        for (CompletableFuture<Exchange> f : inFlight) {
            done.add(f.get(60, TimeUnit.SECONDS));
        }

        assertThat(done).allSatisfy(e -> {
            assertThat(e.getException()).isNull();
            assertThat(e.getMessage().getBody(byte[].class)).hasSameSizeAs(WAV);
        });
        assertThat(done.stream().map(e -> e.getMessage().getHeader(Exchange.FILE_NAME, String.class)).distinct())
                .hasSize(files);
        // At most 3 worker threads handled the transfers; no thread waited per file.
        assertThat(threadsUsed).allSatisfy(n -> assertThat(n).contains("LalalWorker")).hasSizeLessThanOrEqualTo(3);
        // Waiting files were checked together: some check request carried many ids.
        int widestCheck = emulator().requestLog().of(Endpoint.CHECK).stream()
                .mapToInt(r -> r.fileIds().size()).max().orElse(0);
        assertThat(widestCheck).isGreaterThanOrEqualTo(10);
        assertThat(emulator().requestLog().count(Endpoint.CHECK)).isLessThan(files * 3);
        List<RecordedRequest> uploads = emulator().requestLog().of(Endpoint.UPLOAD);
        assertThat(uploads).hasSize(files);
    }
}
