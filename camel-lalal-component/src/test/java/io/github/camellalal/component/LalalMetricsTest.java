package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.Fault;
import io.github.camellalal.emulator.RecordedRequest;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The lalal.* meters in a real registry, compared with what the emulator received. */
class LalalMetricsTest extends LalalTestSupport {

    private static final byte[] WAV = TestWav.stereo(4000);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // Several registries, as in an application with Micrometer's composite: the component picks the composite.
        context.getRegistry().bind("simple", meters);
        context.getRegistry().bind("prometheus", prometheus);
        context.getRegistry().bind("all", new CompositeMeterRegistry().add(meters).add(prometheus));
        return context;
    }

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:both").to("lalal:process?track=both");
        routes.from("direct:stem").to("lalal:process?track=stem").convertBodyTo(byte[].class);
        routes.from("direct:upload").to("lalal:upload");
        routes.from("direct:check").to("lalal:check");
        // tracks what the producers split, never polls during a test
        routes.from("lalal:tasks?initialDelay=600000&delay=600000").routeId("tracker").to("mock:events");
    }

    private Exchange check(String id) {
        return template.request("direct:check", x -> x.getMessage().setHeader(LalalConstants.FILE_ID, id));
    }

    @Test
    void countsMatchWhatTheEmulatorReceived() {
        assertThat(request("direct:both", WAV, "a.wav").getException()).isNull();
        Exchange stem = request("direct:stem", WAV, "b.wav");
        assertThat(stem.getException()).isNull();
        assertThat(stem.getMessage().getBody(byte[].class)).hasSameSizeAs(WAV);
        // a task is counted when a check first sees it ended, not again by later checks
        String id = stem.getMessage().getHeader(LalalConstants.FILE_ID, String.class);
        assertThat(check(id).getMessage()
                .getHeader(LalalConstants.TASK_STATE)).isEqualTo("success");

        List<RecordedRequest> uploads = emulator().requestLog().of(Endpoint.UPLOAD);
        List<RecordedRequest> checks = emulator().requestLog().of(Endpoint.CHECK);
        assertThat(uploads).hasSize(2);
        assertThat(summary("lalal.transfer.size", "operation", "upload").count()).isEqualTo(2);
        assertThat(summary("lalal.transfer.size", "operation", "upload").totalAmount())
                .isEqualTo(uploads.stream().mapToLong(RecordedRequest::bodyBytes).sum());
        // both: stem and back track; stem: one streamed track, counted when the exchange released it
        await().untilAsserted(() -> {
            assertThat(summary("lalal.transfer.size", "operation", "download").count()).isEqualTo(3);
            assertThat(summary("lalal.transfer.size", "operation", "download").totalAmount())
                    .isEqualTo(3.0 * WAV.length);
            assertThat(calls("download")).isEqualTo(3);
        });
        assertThat(calls("upload")).isEqualTo(2);
        assertThat(calls("split")).isEqualTo(emulator().requestLog().of(Endpoint.SPLIT).size());
        assertThat(meters.get("lalal.splits").counter().count())
                .isEqualTo(emulator().requestLog().of(Endpoint.SPLIT).stream().mapToInt(r -> r.fileIds().size()).sum())
                .isEqualTo(2);
        assertThat(calls("check")).isEqualTo(checks.size());
        assertThat(summary("lalal.check.ids").count()).isEqualTo(checks.size());
        assertThat(summary("lalal.check.ids").totalAmount())
                .isEqualTo(checks.stream().mapToInt(r -> r.fileIds().size()).sum());
        assertThat(meters.get("lalal.tasks").tag("state", "success").counter().count()).isEqualTo(2);
        assertThat(meters.get("lalal.tasks").tag("state", "error").counter().count()).isZero();
        // the emulator runs each task 600 ms; the meter times from split until a check saw it end
        assertThat(meters.get("lalal.task.duration").tag("state", "success").timer().count()).isEqualTo(2);
        assertThat(meters.get("lalal.task.duration").tag("state", "success").timer().max(TimeUnit.MILLISECONDS))
                .isGreaterThanOrEqualTo(500);
        assertThat(meters.get("lalal.tasks.tracked").gauge().value()).isEqualTo(2);
        assertThat(meters.get("lalal.process.inflight").gauge().value()).isZero();
        assertThat(meters.find("lalal.retries").counters()).isEmpty();
        assertThat(meters.find("lalal.failures").counters()).isEmpty();
    }

    @Test
    void processInFlightCountsTheWaitingExchange() {
        CompletableFuture<Exchange> running = template.asyncSend("direct:both", x -> {
            x.getMessage().setBody(WAV);
            x.getMessage().setHeader(Exchange.FILE_NAME, "c.wav");
        });
        await().pollInterval(java.time.Duration.ofMillis(20))
                .until(() -> meters.get("lalal.process.inflight").gauge().value() == 1.0);
        assertThat(running.join().getException()).isNull();
        assertThat(meters.get("lalal.process.inflight").gauge().value()).isZero();
    }

    @Test
    void countsRetriesAndFailuresByOperation() {
        Exchange upload = request("direct:upload", WAV, "d.wav");
        String id = upload.getMessage().getHeader(LalalConstants.FILE_ID, String.class);

        emulator().faults().next(Endpoint.CHECK, 1, Fault.serverError(502));
        assertThat(check(id).getException()).isNull();
        assertThat(emulator().requestLog().of(Endpoint.CHECK)).hasSize(2);
        assertThat(meters.get("lalal.retries").tag("operation", "check").counter().count()).isEqualTo(1);
        assertThat(calls("check")).isEqualTo(1);

        assertThat(check("not-a-file-id").getException()).isNotNull();
        assertThat(meters.get("lalal.failures").tags("operation", "check", "reason", "api").counter().count())
                .isEqualTo(1);

        emulator().faults().next(Endpoint.UPLOAD, 1, Fault.connectionReset());
        assertThat(request("direct:upload", WAV, "e.wav").getException()).isNotNull();
        assertThat(meters.get("lalal.failures").tags("operation", "upload", "reason", "transport").counter().count())
                .isEqualTo(1);
        assertThat(meters.find("lalal.retries").tag("operation", "upload").counter()).as("upload is never retried")
                .isNull();
    }

    @Test
    void prometheusNamesAndTheDevConsoleShowTheMeters() {
        assertThat(request("direct:upload", WAV, "f.wav").getException()).isNull();
        // a stream of unknown length: sent chunked, counted as the size the service reports
        assertThat(request("direct:upload", new ByteArrayInputStream(WAV), "g.wav").getException())
                .isNull();
        assertThat(emulator().requestLog().of(Endpoint.UPLOAD)).extracting(RecordedRequest::bodyBytes)
                .containsExactly((long) WAV.length, (long) WAV.length);

        String scrape = prometheus.scrape();
        assertThat(scrape)
                .contains("lalal_transfer_size_bytes_sum{operation=\"upload\"} " + 2.0 * WAV.length)
                .contains("lalal_calls_seconds_count{operation=\"upload\"} 2")
                .contains("lalal_splits_total 0")
                .contains("lalal_tasks_total{state=\"success\"} 0")
                .contains("lalal_check_ids_count 0")
                .contains("lalal_process_inflight 0")
                .contains("lalal_tasks_tracked 0");

        LalalDevConsole console = new LalalDevConsole();
        console.setCamelContext(context);
        console.start();
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Double>> shown = (Map<String, Map<String, Double>>) json.get("metrics");
        assertThat(shown.get("lalal.transfer.size{operation=upload}")).containsEntry("count", 2.0)
                .containsEntry("total", 2.0 * WAV.length);
        assertThat((String) console.call(DevConsole.MediaType.TEXT, Map.of()))
                .contains("lalal.calls{operation=upload}").doesNotContain(KEY);
    }

    private io.micrometer.core.instrument.DistributionSummary summary(String name, String... tags) {
        return meters.get(name).tags(tags).summary();
    }

    private long calls(String operation) {
        return meters.get("lalal.calls").tag("operation", operation).timer().count();
    }
}
