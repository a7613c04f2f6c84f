package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How process waits, on a clock the test controls (tasks take an emulated hour): the docs' claims that waiting files
 * are checked at most checkBatchSize per request, and that a file expiring while process waits fails its exchange
 * at once (not after the timeout).
 */
class LalalProcessWaitTest extends LalalTestSupport {

    private static final byte[] WAV = TestWav.stereo(400);

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("wait-key-83c1").taskDuration(Duration.ofHours(1))
            .build();

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:batched").to("lalal:process?pollInterval=50&checkBatchSize=2&timeout=30000");
        routes.from("direct:expiring").to("lalal:process?pollInterval=50&timeout=30000");
        routes.from("direct:long").to("lalal:process?pollInterval=50&timeout=30000");
        routes.from("direct:short")
                .doTry().to("lalal:process?pollInterval=50&timeout=300&cancelOnTimeout=false")
                .doCatch(LalalTaskException.class)
                    .process(e -> e.getMessage().setHeader("caughtOn", Thread.currentThread().getName()))
                .end();
    }

    @Test
    void waitingFilesAreCheckedAtMostCheckBatchSizeARequest() throws Exception {
        List<CompletableFuture<Exchange>> running = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            running.add(asyncRequest("direct:batched", WAV, "b" + i + ".wav"));
        }
        // all five wait: every one was split and checked at least once
        await().atMost(Duration.ofSeconds(10)).until(() -> emulator().requestLog().of(Endpoint.CHECK).stream()
                .flatMap(r -> r.fileIds().stream()).distinct().count() == 5);

        emulator().advanceClock(Duration.ofHours(2));

        for (CompletableFuture<Exchange> f : running) {
            assertThat(f.get(10, TimeUnit.SECONDS).getException()).isNull();
        }
        List<RecordedRequest> checks = emulator().requestLog().of(Endpoint.CHECK);
        assertThat(checks).allSatisfy(r -> assertThat(r.fileIds()).hasSizeBetween(1, 2));
        assertThat(checks).anySatisfy(r -> assertThat(r.fileIds()).hasSize(2));
    }

    @Test
    void aTimedOutExchangeContinuesOnAWorkerWhileTheWatcherKeepsPolling() throws Exception {
        CompletableFuture<Exchange> waiting = asyncRequest("direct:long", WAV, "long.wav");
        await().atMost(Duration.ofSeconds(10)).until(() -> emulator().requestLog().count(Endpoint.CHECK) > 0);
        String longId = emulator().requestLog().of(Endpoint.SPLIT).get(0).fileIds().get(0);

        Exchange timedOut = request("direct:short", WAV, "short.wav");

        assertThat(timedOut.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))
                .isInstanceOf(LalalTaskException.class).hasMessageContaining("option timeout");
        // routing went on on a worker: not on the deadline timer, not on the watcher
        assertThat(timedOut.getMessage().getHeader("caughtOn", String.class)).endsWith("LalalWorker");
        // and the watcher keeps checking the other file
        long checksOfLong = checksOf(longId);
        await().atMost(Duration.ofSeconds(5)).until(() -> checksOf(longId) >= checksOfLong + 3);
        assertThat(waiting).isNotDone();
        emulator().advanceClock(Duration.ofHours(2));
        assertThat(waiting.get(10, TimeUnit.SECONDS).getException()).isNull();
    }

    private long checksOf(String id) {
        return emulator().requestLog().of(Endpoint.CHECK).stream().filter(r -> r.fileIds().contains(id)).count();
    }

    @Test
    void aFileExpiringWhileProcessWaitsFailsItsExchangeAtOnce() throws Exception {
        CompletableFuture<Exchange> running = asyncRequest("direct:expiring", WAV, "gone.wav");
        await().atMost(Duration.ofSeconds(10)).until(() -> emulator().requestLog().count(Endpoint.CHECK) > 0);
        String id = emulator().requestLog().of(Endpoint.SPLIT).get(0).fileIds().get(0);

        emulator().advanceClock(Duration.ofDays(2));

        // the timeout is 30 s: an exchange that ends within 10 s ended because the file expired
        Exchange e = running.get(10, TimeUnit.SECONDS);
        assertThat(e.getException()).isInstanceOf(LalalTaskException.class).hasMessageContaining(id)
                .hasMessageContaining("no longer knows");
        assertThat(((LalalTaskException) e.getException()).state()).isEqualTo("expired");
    }
}
