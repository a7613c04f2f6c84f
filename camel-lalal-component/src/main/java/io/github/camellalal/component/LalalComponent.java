package io.github.camellalal.component;

import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.component.metrics.LalalMetrics;
import io.github.camellalal.component.options.LalalClients;
import io.github.camellalal.component.process.ProcessThreads;
import io.github.camellalal.component.spool.TrackSpool;
import io.github.camellalal.component.store.TaskStore;
import io.github.camellalal.component.store.JdbcTaskStore;
import io.github.camellalal.component.tasks.CheckBudget;
import io.github.camellalal.component.tasks.JdbcCheckBudget;
import io.github.camellalal.component.tasks.TaskStores;
import io.github.camellalal.component.tasks.TaskTracking;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.PropertiesHelper;

/** The {@code lalal} component: LALAL.AI stem separation in Camel routes. */
@Component("lalal")
public class LalalComponent extends HealthCheckComponent implements SSLContextParametersAware {

    private static final PropertyConfigurer COMPONENT_CONFIGURER = new EnumOptions.ComponentConfigurer();
    private static final PropertyConfigurer ENDPOINT_CONFIGURER = new EnumOptions.EndpointConfigurer();

    @Metadata
    private LalalConfiguration configuration = new LalalConfiguration();
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;
    @Metadata(label = "advanced")
    private Object meterRegistry;
    @Metadata(label = "consumer")
    private Integer maxChecksPerMinute;
    private CheckBudget checkBudget;
    private final Map<String, CheckBudget> sharedBudgets = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, CheckBudget> licenseBudgets = new java.util.HashMap<>();
    private final TaskTracking tracking = new TaskTracking(this::sharedTaskStore);
    private TaskStore sharedTaskStore;
    private LalalMetrics metrics;
    private final LalalProducerHealth producerHealth = new LalalProducerHealth(this);
    private ProcessThreads processThreads;
    @Metadata(label = "advanced", defaultValue = "1048576")
    private long streamCacheThreshold = 1024 * 1024;
    @Metadata(label = "advanced")
    private String spoolDirectory;
    @Metadata(label = "producer,advanced", defaultValue = "10")
    private int workerPoolSize = 10;
    @Metadata(label = "producer,advanced")
    private ExecutorService workerPool;
    private volatile TrackSpool trackSpool;

    /** Creates the component. */
    public LalalComponent() {
    }

    /** Camel's generated configurer, with the enum options read by their own parsers ({@link EnumOptions}). */
    @Override
    public PropertyConfigurer getComponentPropertyConfigurer() {
        return COMPONENT_CONFIGURER;
    }

    /** Camel's generated configurer, with the enum options read by their own parsers ({@link EnumOptions}). */
    @Override
    public PropertyConfigurer getEndpointPropertyConfigurer() {
        return ENDPOINT_CONFIGURER;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        LalalOperation operation = LalalOperation.parse(remaining);
        if (operation == LalalOperation.tasks) {
            tracking.tasksEndpointCreated();
        }
        LalalConfiguration endpointConfiguration = configuration.copy();
        LalalEndpoint endpoint = new LalalEndpoint(uri, this, operation, endpointConfiguration);
        // splitParam.<name>=<value>: passed to the service untouched
        Map<String, Object> extra = PropertiesHelper.extractProperties(parameters, "splitParam.");
        if (!extra.isEmpty()) {
            Map<String, Object> merged = new java.util.LinkedHashMap<>(endpointConfiguration.getSplitParams());
            merged.putAll(extra);
            endpointConfiguration.setSplitParams(merged);
        }
        setProperties(endpoint, parameters);
        applyGlobalSslContextParameters(endpointConfiguration);
        return endpoint;
    }

    /**
     * Gives a configuration without sslContextParameters the Camel context's global TLS settings, when
     * useGlobalSslContextParameters is set: for each endpoint's, and for the producer health check's own client.
     */
    void applyGlobalSslContextParameters(LalalConfiguration c) {
        if (c.getSslContextParameters() == null && useGlobalSslContextParameters) {
            c.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
    }

    /** Refuses a worker pool size that cannot work; called as each endpoint is created, so its route fails to start. */
    void checkWorkerPool() {
        if (workerPool == null && workerPoolSize < 1) {
            throw new LalalValidationException("workerPoolSize", workerPoolSize, "1 or more threads");
        }
    }

    /** The threads of process, created on first use and shared by every endpoint of this component. */
    synchronized ProcessThreads processThreads() {
        if (processThreads == null) {
            processThreads = new ProcessThreads(getCamelContext(), this, workerPool, workerPoolSize);
        }
        return processThreads;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        trackSpool = new TrackSpool(getCamelContext(), streamCacheThreshold, spoolDirectory);
    }

    /** Where downloaded tracks become stream-cache bodies; available once the component started. */
    TrackSpool trackSpool() {
        return trackSpool;
    }

    public long getStreamCacheThreshold() {
        return streamCacheThreshold;
    }

    /**
     * Tracks up to this many bytes are kept in memory; longer ones are written, once, while they download, to a
     * file in spoolDirectory. Either way the body is a Camel StreamCache, whatever Camel's own spool settings.
     */
    public void setStreamCacheThreshold(long streamCacheThreshold) {
        this.streamCacheThreshold = streamCacheThreshold;
    }

    public String getSpoolDirectory() {
        return spoolDirectory;
    }

    /**
     * The directory of spooled tracks. Default: Camel's stream-cache spool directory, or, when Camel's spooling is
     * off, a directory in the same default place, removed when the component stops.
     */
    public void setSpoolDirectory(String spoolDirectory) {
        this.spoolDirectory = spoolDirectory;
    }

    /**
     * The one check budget of this component, or null when checks are unlimited for the endpoint's options
     * (maxChecksPerMinute=0, or unset with API v0). With a shared store (dataSource) the budget of the endpoint's
     * license is kept in that database, for every instance using it.
     */
    synchronized CheckBudget checkBudget(LalalConfiguration endpointConfiguration) {
        int perMinute = maxChecksPerMinute != null ? maxChecksPerMinute
                : LalalClients.defaultChecksPerMinute(endpointConfiguration.getApiVersion() == null ? null
                        : endpointConfiguration.getApiVersion().name());
        if (perMinute < 0) {
            throw new LalalValidationException("maxChecksPerMinute", perMinute,
                    "0 (unlimited) or more");
        }
        if (perMinute == 0) {
            return null;
        }
        javax.sql.DataSource shared = endpointConfiguration.getDataSource();
        if (shared == null && endpointConfiguration.getTaskStore() instanceof JdbcTaskStore jdbc) {
            shared = jdbc.dataSource();
        }
        String license = JdbcCheckBudget.sha256(String.valueOf(endpointConfiguration.getApiKey()));
        if (shared != null) {
            // one budget per license for every instance using this database
            javax.sql.DataSource db = shared;
            return sharedBudgets.computeIfAbsent(license + "@" + System.identityHashCode(db),
                    k -> new JdbcCheckBudget(db, endpointConfiguration.getApiKey(), perMinute));
        }
        if (checkBudget == null) {
            checkBudget = new CheckBudget(perMinute);
        }
        // An endpoint without a store of its own (process waits, lalal:check): its checks count in the budget of its
        // license that a shared store keeps, once an endpoint with a dataSource has one (in whatever order the
        // routes start), and in this JVM's budget until then.
        CheckBudget local = checkBudget;
        return licenseBudgets.computeIfAbsent(license, l -> CheckBudget.preferring(local, () -> sharedBudgets
                .entrySet().stream().filter(e -> e.getKey().startsWith(l + "@")).map(Map.Entry::getValue)
                .findFirst().orElse(null)));
    }

    public int getWorkerPoolSize() {
        return workerPoolSize;
    }

    /**
     * Threads that upload and download for process. Waiting for tasks holds no thread, so this bounds only the
     * transfers running at once. The pool is the component's, created on the first process exchange and shared by
     * all its endpoints.
     */
    public void setWorkerPoolSize(int workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public ExecutorService getWorkerPool() {
        return workerPool;
    }

    /**
     * A thread pool of your own for the uploads, downloads and routing of process, instead of the one the component
     * creates (workerPoolSize threads) on the first process exchange. One pool serves all the component's endpoints,
     * and the component does not shut yours down.
     */
    public void setWorkerPool(ExecutorService workerPool) {
        this.workerPool = workerPool;
    }

    public Integer getMaxChecksPerMinute() {
        return maxChecksPerMinute;
    }

    /**
     * The most check requests per minute, all endpoints of this component together (process waits, every lalal:tasks
     * consumer, check producers): requests are spread evenly over the minute, and a 429 answer stops checks for its
     * Retry-After (or a minute) without losing any task. With a shared task store (dataSource) the budget is the
     * license's, for every instance using that database together: one instance's 429 pauses them all. Unset: 30
     * with apiVersion v1 (LALAL.AI's limit), unlimited with v0; 0 means unlimited. With the budget every tracked
     * task is still checked, but state changes show later as tasks grow: one pass over N tasks takes
     * ceil(N / checkBatchSize) requests (v1 takes up to 200 ids per request), i.e. that many times
     * 60 / maxChecksPerMinute seconds.
     */
    public void setMaxChecksPerMinute(Integer maxChecksPerMinute) {
        this.maxChecksPerMinute = maxChecksPerMinute;
    }

    /** Where producers hand started files to the tasks consumers. */
    TaskTracking tracking() {
        return tracking;
    }

    /** The component's meters: created on first use, in the registry found then; nothing without Micrometer. */
    synchronized LalalMetrics metrics() {
        if (metrics == null) {
            metrics = LalalMetrics.of(getCamelContext(), meterRegistry, this::trackedTasks);
        }
        return metrics;
    }

    /** The meters' current values, for the dev console; empty while no meter exists (creates none). */
    synchronized Map<String, Map<String, Double>> meterSnapshot() {
        return metrics == null ? Map.of() : metrics.snapshot();
    }

    /** How many files the lalal:tasks consumers of this component track now. */
    private int trackedTasks() {
        CamelContext context = getCamelContext();
        if (context == null) {
            return 0;
        }
        int sum = 0;
        for (Route route : context.getRoutes()) {
            if (route.getConsumer() instanceof LalalTasksConsumer consumer
                    && route.getEndpoint().getComponent() == this) {
                sum += consumer.trackedCount();
            }
        }
        return sum;
    }

    /** Registers the producer health check with the first producer (see {@link LalalHealthCheck}). */
    LalalProducerHealth producerHealth() {
        return producerHealth;
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            if (metrics != null) {
                metrics.close();
                metrics = null;
            }
            if (processThreads != null) {
                processThreads.shutdown();
                processThreads = null;
            }
        }
        // after the process threads, which may still be delivering tracks into the spool
        if (trackSpool != null) {
            trackSpool.close();
            trackSpool = null;
        }
        producerHealth.stop();
        super.doStop();
    }

    public Object getMeterRegistry() {
        return meterRegistry;
    }

    /**
     * The Micrometer MeterRegistry that receives the component's lalal meters; typed Object so that Micrometer stays
     * an optional dependency. When not set: the bean metricsRegistry, else the only MeterRegistry bean (as Spring
     * Boot and Quarkus provide), else the one CompositeMeterRegistry bean among several, else Micrometer's global
     * registry. Without Micrometer on the class path nothing is measured.
     */
    public void setMeterRegistry(Object meterRegistry) {
        this.meterRegistry = meterRegistry;
    }

    /** The component's shared task store (taskStore or dataSource option), started on first use; else null. */
    synchronized TaskStore sharedTaskStore() {
        if (sharedTaskStore == null) {
            TaskStore store = TaskStores.sharedOrNull(configuration.getTaskStore(), configuration.getDataSource(),
                    configuration.getLeaseDuration());
            if (store != null) {
                ServiceHelper.startService(store);
                sharedTaskStore = store;
            }
        }
        return sharedTaskStore;
    }

    public LalalConfiguration getConfiguration() {
        return configuration;
    }

    /** The options every endpoint starts from. */
    public void setConfiguration(LalalConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /** Use the global TLS settings of the Camel context when no sslContextParameters is set. */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
