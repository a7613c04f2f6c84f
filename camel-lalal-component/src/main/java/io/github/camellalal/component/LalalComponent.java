package io.github.camellalal.component;

import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.PropertiesHelper;

/** The {@code lalal} component: LALAL.AI stem separation in Camel routes. */
@Component("lalal")
public class LalalComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata
    private LalalConfiguration configuration = new LalalConfiguration();
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;
    private final TaskTracking tracking = new TaskTracking();
    private ProcessThreads processThreads;

    /** Creates the component. */
    public LalalComponent() {
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
        if (endpointConfiguration.getSslContextParameters() == null && useGlobalSslContextParameters) {
            endpointConfiguration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        return endpoint;
    }

    /** The threads of process, created on first use and shared by every endpoint of this component. */
    synchronized ProcessThreads processThreads() {
        if (processThreads == null) {
            processThreads = new ProcessThreads(getCamelContext(), this, configuration);
        }
        return processThreads;
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        synchronized (this) {
            if (processThreads != null) {
                processThreads.shutdown();
                processThreads = null;
            }
        }
    }

    /** Where producers hand started files to the tasks consumers. */
    TaskTracking tracking() {
        return tracking;
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
