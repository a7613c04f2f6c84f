package io.github.camellalal.component;

import io.github.camellalal.client.LalalClient;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
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

    @UriPath(description = "The operation to perform; tasks is the consumer.",
             enums = "upload,split,check,cancel,limits,download,process,track,tasks")
    @Metadata(required = true)
    private LalalOperation operation;
    @UriParam
    private LalalConfiguration configuration;

    private LalalClient client;
    private boolean ownsClient;
    private ExecutorService workers;
    private ScheduledExecutorService scheduler;
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
        // Fail the route at start, not the first exchange, when the options cannot work together.
        SplitOptions.fromConfiguration(configuration);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.getClient() != null) {
            client = configuration.getClient();
            ownsClient = false;
        } else {
            client = LalalClients.create(getCamelContext(), configuration);
            ownsClient = true;
        }
        client = getComponent(LalalComponent.class).metrics().instrument(client);
        if (operation != LalalOperation.tasks) {
            // Any producer may be switched to process by header CamelLalalOperation. The pool's threads start on
            // first use, and the watcher sends no request while it waits for nothing.
            int size = Math.max(1, configuration.getWorkerPoolSize());
            workers = getCamelContext().getExecutorServiceManager().newFixedThreadPool(this, "LalalWorker", size);
            scheduler = getCamelContext().getExecutorServiceManager().newSingleThreadScheduledExecutor(this,
                    "LalalTaskWatcher");
            taskWatcher = new TaskWatcher(client, scheduler, configuration.getPollInterval(),
                    configuration.getCheckBatchSize());
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (taskWatcher != null) {
            taskWatcher.close();
            taskWatcher = null;
        }
        if (scheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
            scheduler = null;
        }
        if (workers != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(workers);
            workers = null;
        }
        if (client != null && ownsClient) {
            client.close();
        }
        client = null;
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

    /** The client the producer calls; available once started. */
    LalalClient client() {
        return client;
    }

    /** Runs uploads and downloads of process. */
    ExecutorService workers() {
        return workers;
    }

    /** Waits for tasks of process without holding a thread each. */
    TaskWatcher taskWatcher() {
        return taskWatcher;
    }

    /** Timer for process deadlines. */
    ScheduledExecutorService scheduler() {
        return scheduler;
    }
}
