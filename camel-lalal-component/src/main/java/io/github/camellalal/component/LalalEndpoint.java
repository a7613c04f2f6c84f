package io.github.camellalal.component;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.component.options.ClientOptions;
import io.github.camellalal.component.options.EndpointOptions;
import io.github.camellalal.component.options.LalalClients;
import io.github.camellalal.component.options.SplitOptions;
import io.github.camellalal.component.process.ProcessThreads;
import io.github.camellalal.component.process.TaskWatcher;
import java.util.Map;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Separate vocals, drums, bass and other stems from audio with the
 * <a href="https://www.lalal.ai">LALAL.AI</a> service: upload, split, check, cancel, read license limits,
 * download results, or do it all in one step; and react to task state changes with a polling consumer.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "lalal", title = "LALAL.AI", syntax = "lalal:operation",
             category = { Category.AI, Category.FILE, Category.CLOUD },
             headersClass = LalalConstants.class)
public class LalalEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriPath(description = "The operation to perform; tasks is the consumer.")
    @Metadata(required = true)
    private LalalOperation operation;
    @UriParam
    private LalalConfiguration configuration;

    private volatile LalalClient client;
    private boolean ownsClient;
    private TaskWatcher taskWatcher;

    /** Creates an endpoint for one operation. */
    public LalalEndpoint(String uri, LalalComponent component, LalalOperation operation,
                         LalalConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() throws Exception {
        if (operation == LalalOperation.tasks) {
            throw new IllegalArgumentException(
                    "lalal:tasks is a consumer (from); send to lalal:track to hand it files");
        }
        return new LalalProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation != LalalOperation.tasks) {
            throw new IllegalArgumentException("lalal:" + operation + " is a producer (to); consume from lalal:tasks");
        }
        LalalTasksConsumer consumer = new LalalTasksConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        // Fail the route at start, not the first exchange, when the options cannot work (together).
        options().validate(operation.name());
        getComponent(LalalComponent.class).checkWorkerPool();
        SplitOptions.fromSettings(splitSettings(configuration));
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        LalalClient started;
        boolean owned = configuration.getClient() == null;
        if (!owned) {
            started = configuration.getClient();
        } else {
            started = LalalClients.create(getCamelContext(), clientOptions(configuration),
                    getComponent(LalalComponent.class).checkBudget(configuration));
        }
        started = getComponent(LalalComponent.class).metrics().instrument(started);
        synchronized (this) {
            client = started;
            ownsClient = owned;
        }
    }

    @Override
    protected void doStop() throws Exception {
        LalalClient stopped;
        boolean owned;
        // one lock with taskWatcher(): no watcher is made with the client being closed, none outlives it
        synchronized (this) {
            if (taskWatcher != null) {
                taskWatcher.close();
                taskWatcher = null;
            }
            stopped = client;
            owned = ownsClient;
            client = null;
        }
        if (stopped != null && owned) {
            stopped.close();
        }
        super.doStop();
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return null;
    }

    public LalalOperation getOperation() {
        return operation;
    }

    /** The operation to perform. */
    public void setOperation(LalalOperation operation) {
        this.operation = operation;
    }

    public LalalConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(LalalConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The endpoint's options that are checked when it is created. */
    private EndpointOptions options() {
        LalalConfiguration c = configuration;
        return new EndpointOptions(clientOptions(c), splitSettings(c), c.getPollInterval(), c.getTimeout(),
                c.getCheckBatchSize(), c.getFileIds(), c.getExtraExtensions(),
                c.isDeleteAfterDownload(), c.getClient() != null);
    }

    /** The connection options of {@code c}, to build a client from. */
    static ClientOptions clientOptions(LalalConfiguration c) {
        return new ClientOptions(c.getBaseUrl(), c.getApiKey(), name(c.getApiVersion()), c.getConnectTimeout(),
                c.getResponseTimeout(), c.getMaxConnections(), c.getMaxRetries(), c.getMaxRetryWait(),
                c.getProxyHost(), c.getProxyPort(), c.getProxyUsername(), c.getProxyPassword(),
                c.getSslContextParameters(), c.getHttpClientConfigurer());
    }

    /** The split options of {@code c}, as set. */
    static SplitOptions.Settings splitSettings(LalalConfiguration c) {
        return new SplitOptions.Settings(c.getStem() == null ? null : c.getStem().id(),
                c.getSplitter() == null ? null : c.getSplitter().id(), c.isDereverb(), c.isEnhancedProcessing(),
                c.getNoiseCancellingLevel(), c.getSplitParams(),
                c.getSplitType() == null ? null : c.getSplitType().id(), c.getStems(), name(c.getEncoderFormat()),
                name(c.getExtractionLevel()), c.getVoicePack(), c.getAccent(),
                c.getTonalityReference() == null ? null : c.getTonalityReference().id());
    }

    /** An option of a root enum (lower-case constants, as the URI writes them) as the machinery takes it. */
    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** How many files process waits for on this endpoint now; reads only, creating no watcher (dev console). */
    synchronized int waitingTasks() {
        return taskWatcher == null ? 0 : taskWatcher.size();
    }

    /** The client the producer calls; available once started. */
    LalalClient client() {
        return client;
    }

    /** The component's threads for process, created on the first process exchange of any of its endpoints. */
    ProcessThreads threads() {
        return getComponent(LalalComponent.class).processThreads();
    }

    /**
     * Waits for tasks of process without holding a thread each; created on this endpoint's first process exchange
     * (any producer may be switched to process by header CamelLalalOperation), polling on the component's watcher.
     */
    synchronized TaskWatcher taskWatcher() {
        if (client == null) {
            throw new IllegalStateException("lalal:" + operation + " is not started: process cannot wait for tasks");
        }
        if (taskWatcher == null) {
            taskWatcher = new TaskWatcher(client, threads().watcher(), configuration.getPollInterval(),
                    configuration.getCheckBatchSize(), LalalTaskException::new);
        }
        return taskWatcher;
    }
}
