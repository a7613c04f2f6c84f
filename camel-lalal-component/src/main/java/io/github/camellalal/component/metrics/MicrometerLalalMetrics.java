package io.github.camellalal.component.metrics;

import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalTransportException;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.component.tasks.UnknownFiles;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;

/**
 * The component's meters in a Micrometer registry. The only class that names Micrometer types: it is loaded only
 * after {@link LalalMetrics#of} found Micrometer on the class path. Names use dots and lower case, which each
 * registry renders in its own convention (Prometheus: {@code lalal_calls_seconds_count}, ...).
 */
final class MicrometerLalalMetrics implements LalalMetrics {

    static final String CALLS = "lalal.calls";
    static final String FAILURES = "lalal.failures";
    static final String RETRIES = "lalal.retries";
    static final String TRANSFER_SIZE = "lalal.transfer.size";
    static final String SPLITS = "lalal.splits";
    static final String CHECK_IDS = "lalal.check.ids";
    static final String TASKS = "lalal.tasks";
    static final String TASK_DURATION = "lalal.task.duration";
    static final String PROCESS_INFLIGHT = "lalal.process.inflight";
    static final String TASKS_TRACKED = "lalal.tasks.tracked";

    /** The name camel-micrometer looks a registry up by; sharing it puts Camel's and our meters together. */
    static final String CAMEL_MICROMETER_REGISTRY = "metricsRegistry";

    private final MeterRegistry registry;
    private final IntSupplier trackedTasks;
    private final TaskClock clock = new TaskClock();
    private final AtomicInteger processInFlight = new AtomicInteger();
    /** Every meter this component created, to remove them when it stops. */
    private final Set<Meter> meters = ConcurrentHashMap.newKeySet();

    private MicrometerLalalMetrics(MeterRegistry registry, IntSupplier trackedTasks) {
        this.registry = registry;
        this.trackedTasks = trackedTasks;
        // Registered up front, so that dashboards and scrapes see them at zero before the first file.
        for (ApiOperation op : ApiOperation.values()) {
            timer(CALLS, "operation", tag(op));
        }
        summary(TRANSFER_SIZE, "operation", tag(ApiOperation.UPLOAD));
        summary(TRANSFER_SIZE, "operation", tag(ApiOperation.DOWNLOAD));
        counter(SPLITS);
        summary(CHECK_IDS);
        for (String state : List.of("success", "error", "cancelled", UnknownFiles.EXPIRED)) {
            counter(TASKS, "state", state);
        }
        meters.add(Gauge.builder(PROCESS_INFLIGHT, processInFlight, AtomicInteger::get)
                .description("process exchanges between their upload and their last download")
                .register(registry));
        meters.add(Gauge.builder(TASKS_TRACKED, this, MicrometerLalalMetrics::trackedTasks)
                .description("files the lalal:tasks consumers of this component track")
                .register(registry));
    }

    /**
     * Finds the registry: the component's {@code meterRegistry} option, else the one camel-micrometer would use
     * (bean {@code metricsRegistry}), else the only MeterRegistry bean (Spring Boot, Quarkus), else among several the
     * composite one, else Micrometer's global registry.
     */
    static LalalMetrics create(CamelContext context, Object meterRegistry, IntSupplier trackedTasks) {
        return new MicrometerLalalMetrics(resolveRegistry(context, meterRegistry), trackedTasks);
    }

    static MeterRegistry resolveRegistry(CamelContext context, Object option) {
        if (option != null) {
            if (option instanceof MeterRegistry r) {
                return r;
            }
            throw new IllegalArgumentException("Option meterRegistry of the lalal component must be a "
                    + "io.micrometer.core.instrument.MeterRegistry, not a " + option.getClass().getName());
        }
        MeterRegistry named = context.getRegistry().lookupByNameAndType(CAMEL_MICROMETER_REGISTRY,
                MeterRegistry.class);
        if (named != null) {
            return named;
        }
        Set<MeterRegistry> found = context.getRegistry().findByType(MeterRegistry.class);
        if (found.size() == 1) {
            return found.iterator().next();
        }
        List<MeterRegistry> composites = found.stream().filter(r -> r instanceof CompositeMeterRegistry).toList();
        if (composites.size() == 1) {
            return composites.get(0);
        }
        return Metrics.globalRegistry;
    }

    @Override
    public LalalClient instrument(LalalClient client) {
        return client instanceof MeteredLalalClient ? client : new MeteredLalalClient(client, this);
    }

    @Override
    public void called(ApiOperation operation, long nanos) {
        timer(CALLS, "operation", tag(operation)).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void failed(ApiOperation operation, RuntimeException failure) {
        String reason = failure instanceof LalalApiException ? "api"
                : failure instanceof LalalTransportException ? "transport"
                : failure instanceof LalalValidationException ? "validation" : "other";
        counter(FAILURES, "operation", tag(operation), "reason", reason).increment();
    }

    @Override
    public void retried(ApiOperation operation, int retries) {
        counter(RETRIES, "operation", tag(operation)).increment(retries);
    }

    @Override
    public void transferred(ApiOperation operation, long bytes) {
        summary(TRANSFER_SIZE, "operation", tag(operation)).record(bytes);
    }

    @Override
    public void splitsStarted(List<String> taskIds) {
        counter(SPLITS).increment(taskIds.size());
        clock.started(taskIds, System.nanoTime());
    }

    @Override
    public void checked(int idsAsked, Map<String, FileStatus> statuses) {
        summary(CHECK_IDS).record(idsAsked);
        long now = System.nanoTime();
        statuses.forEach((id, status) -> {
            String state = terminalState(status);
            if (state != null) {
                long nanos = clock.ended(id, now);
                if (nanos >= 0) {
                    counter(TASKS, "state", state).increment();
                    timer(TASK_DURATION, "state", state).record(nanos, TimeUnit.NANOSECONDS);
                }
            }
        });
    }

    /** The state a task ended in, as the tasks consumer names it, or {@code null} while it runs. */
    private static String terminalState(FileStatus status) {
        if (!status.known()) {
            return UnknownFiles.EXPIRED;
        }
        TaskState state = status.taskState();
        return state != null && state.isTerminal() ? state.id() : null;
    }

    @Override
    public void processStarted() {
        processInFlight.incrementAndGet();
    }

    @Override
    public void processEnded() {
        processInFlight.decrementAndGet();
    }

    private double trackedTasks() {
        return trackedTasks.getAsInt();
    }

    @Override
    public Map<String, Map<String, Double>> snapshot() {
        Map<String, Map<String, Double>> all = new TreeMap<>();
        for (Meter meter : meters) {
            String tags = meter.getId().getTags().stream().map(t -> t.getKey() + "=" + t.getValue())
                    .collect(Collectors.joining(",", "{", "}"));
            Map<String, Double> values = new TreeMap<>();
            for (Measurement m : meter.measure()) {
                values.put(m.getStatistic().getTagValueRepresentation(), m.getValue());
            }
            all.put(meter.getId().getName() + (tags.equals("{}") ? "" : tags), values);
        }
        return all;
    }

    @Override
    public void close() {
        meters.forEach(registry::remove);
        meters.clear();
    }

    private static String tag(ApiOperation operation) {
        return operation.name().toLowerCase(Locale.ROOT);
    }

    private Counter counter(String name, String... tags) {
        Counter c = Counter.builder(name).tags(tags).description(description(name)).register(registry);
        meters.add(c);
        return c;
    }

    private Timer timer(String name, String... tags) {
        Timer t = Timer.builder(name).tags(tags).description(description(name)).register(registry);
        meters.add(t);
        return t;
    }

    private DistributionSummary summary(String name, String... tags) {
        DistributionSummary.Builder b = DistributionSummary.builder(name).tags(tags).description(description(name));
        if (name.equals(TRANSFER_SIZE)) {
            b.baseUnit("bytes");
        }
        DistributionSummary s = b.register(registry);
        meters.add(s);
        return s;
    }

    private static String description(String name) {
        return switch (name) {
            case CALLS -> "calls of the LALAL.AI service by operation (a retried call counts once)";
            case FAILURES -> "failed calls by operation and reason (api, transport, validation, other)";
            case RETRIES -> "HTTP attempts sent again after a failed one, by operation";
            case TRANSFER_SIZE -> "bytes of each upload and download";
            case SPLITS -> "files queued for separation";
            case CHECK_IDS -> "file ids asked about per check request";
            case TASKS -> "tasks this component queued, by the state they ended in";
            case TASK_DURATION -> "from split to the first check that saw the task ended, by state";
            default -> name;
        };
    }
}
