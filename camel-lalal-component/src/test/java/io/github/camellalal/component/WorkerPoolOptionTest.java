package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.main.Main;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;

/**
 * workerPoolSize and workerPool are options of the component, which owns the one pool of process: set in Java or
 * as camel.component.lalal.* properties they are used; an endpoint URI cannot set them.
 */
class WorkerPoolOptionTest extends LalalTestSupport {

    private static final byte[] WAV = TestWav.stereo(200);

    /** This context's pool threads of the lalal component, by their pool name. */
    private static List<String> lalalWorkers(CamelContext camel) {
        String prefix = "Camel (" + camel.getName() + ")";
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.startsWith(prefix) && n.endsWith(" - LalalWorker")).toList();
    }

    @Test
    void aSizeSetOnTheComponentSizesThePoolOfProcess() {
        component().setWorkerPoolSize(3);

        Exchange done = request("lalal:process", WAV, "size.wav");

        assertThat(done.getException()).isNull();
        ThreadPoolExecutor workers = (ThreadPoolExecutor) component().processThreads().workers();
        assertThat(workers.getMaximumPoolSize()).isEqualTo(3);
        assertThat(workers.getCompletedTaskCount()).isPositive();
    }

    @Test
    void aPoolOfYourOwnRunsProcessAndIsNotShutDownByTheComponent() throws Exception {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService own = Executors.newFixedThreadPool(2,
                r -> new Thread(r, "own-lalal-worker-" + threads.incrementAndGet()));
        try {
            component().setWorkerPool(own);

            Exchange done = request("lalal:process", WAV, "own.wav");

            assertThat(done.getException()).isNull();
            assertThat(((ThreadPoolExecutor) own).getCompletedTaskCount()).as("tasks run by the own pool")
                    .isGreaterThanOrEqualTo(2);
            assertThat(lalalWorkers(context)).as("pool threads of the component").isEmpty();
            context.stop();
            assertThat(own.isShutdown()).isFalse();
        } finally {
            own.shutdownNow();
        }
    }

    @Test
    void camelMainPropertiesSetTheSize() throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.component.lalal.apiKey", KEY);
        main.addInitialProperty("camel.component.lalal.baseUrl", emulator().baseUrl());
        main.addInitialProperty("camel.component.lalal.pollInterval", "100");
        main.addInitialProperty("camel.component.lalal.workerPoolSize", "4");
        main.start();
        try {
            CamelContext camel = main.getCamelContext();
            LalalComponent lalal = camel.getComponent("lalal", LalalComponent.class);
            assertThat(lalal.getWorkerPoolSize()).isEqualTo(4);

            Exchange done = EmulatedLalal.request(camel.createProducerTemplate(), "lalal:process", WAV, "main.wav");

            assertThat(done.getException()).isNull();
            assertThat(((ThreadPoolExecutor) lalal.processThreads().workers()).getMaximumPoolSize()).isEqualTo(4);
        } finally {
            main.stop();
        }
    }

    @Test
    void anEndpointUriCannotSetThePool() {
        assertThatThrownBy(() -> context.getEndpoint("lalal:process?workerPoolSize=4"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Unknown parameters=[{workerPoolSize=4}]");
        assertThatThrownBy(() -> context.getEndpoint("lalal:process?workerPool=#pool"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Unknown parameters=[{workerPool=#pool}]");
    }

    @Test
    void aSizeBelowOneIsRefusedWhenAnEndpointIsCreated() {
        component().setWorkerPoolSize(0);

        assertThatThrownBy(() -> ServiceHelper.startService(context.getEndpoint("lalal:process")))
                .hasStackTraceContaining("workerPoolSize").hasStackTraceContaining("'0'")
                .hasStackTraceContaining("1 or more threads");
        assertThat(emulator().requestLog().all()).isEmpty();
    }
}
