package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.emulator.Endpoint;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Gauge lalal.process.inflight counts the process exchanges under way: one that the worker pool refuses, before the
 * upload or after the wait, fails with an error naming the pool and is not left counted.
 */
class ProcessInFlightTest extends LalalTestSupport {

    private static final byte[] WAV = TestWav.stereo(200);

    /** Tasks that end only when the test advances the emulator's clock. */
    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey("inflight-key-5e2d").taskDuration(Duration.ofHours(1))
            .build();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    /** A user's pool of one thread and no queue that refuses what it cannot run at once; shut down, it refuses all. */
    private final ThreadPoolExecutor refusing = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new SynchronousQueue<>(), new ThreadPoolExecutor.AbortPolicy());

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
        lalal.setMeterRegistry(meters);
        lalal.setWorkerPool(refusing);
        return context;
    }

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:process").to("lalal:process");
    }

    @AfterEach
    void stopPool() {
        refusing.shutdownNow();
    }

    private double inFlight() {
        return meters.get("lalal.process.inflight").gauge().value();
    }

    @Test
    void anExchangeThePoolRefusesFailsNamingThePoolAndIsNotCounted() {
        refusing.shutdown();

        Exchange refused = request("direct:process", WAV, "refused.wav");

        assertThat(inFlight()).as("lalal.process.inflight").isZero();
        assertThat(refused.getException()).isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("workerPool").hasMessageContaining("refused");
        assertThat(emulator().requestLog().all()).as("requests the emulator received").isEmpty();
    }

    @Test
    void anExchangeWhoseDeliveryThePoolRefusesFailsNamingThePoolAndIsNotCounted() throws Exception {
        CompletableFuture<Exchange> running = asyncRequest("direct:process", WAV, "late.wav");
        await().atMost(Duration.ofSeconds(10)).until(() -> !emulator().requestLog().of(Endpoint.CHECK).isEmpty());
        assertThat(inFlight()).as("lalal.process.inflight while waiting").isEqualTo(1);

        refusing.shutdown();
        emulator().advanceClock(Duration.ofHours(2));

        Exchange refused = running.get(15, TimeUnit.SECONDS);
        assertThat(inFlight()).as("lalal.process.inflight").isZero();
        assertThat(refused.getException()).isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("workerPool").hasMessageContaining("refused");
    }
}
