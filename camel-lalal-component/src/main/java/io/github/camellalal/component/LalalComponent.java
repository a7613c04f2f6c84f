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
    @Metadata(label = "advanced", defaultValue = "1048576")
    private long streamCacheThreshold = 1024 * 1024;
    @Metadata(label = "advanced")
    private String spoolDirectory;
    private volatile TrackSpool trackSpool;
    private final TaskTracking tracking = new TaskTracking();

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

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        trackSpool = new TrackSpool(getCamelContext(), streamCacheThreshold, spoolDirectory);
    }

    @Override
    protected void doStop() throws Exception {
        if (trackSpool != null) {
            trackSpool.close();
            trackSpool = null;
        }
        super.doStop();
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
