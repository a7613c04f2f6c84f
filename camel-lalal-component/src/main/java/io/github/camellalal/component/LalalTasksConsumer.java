package io.github.camellalal.component;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalException;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.component.TrackedTaskStore.DeliveredState;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("lalal:tasks")}: checks every tracked file in batches on each poll and emits one exchange per change
 * of its task state. A state counts as delivered only when its exchange completed; a failed one is emitted again on
 * a later poll (at least once), and a file leaves the tracking set only after its terminal state was delivered.
 */
public class LalalTasksConsumer extends ScheduledPollConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(LalalTasksConsumer.class);

    /** The state emitted when the service no longer knows a tracked file. */
    public static final String EXPIRED = "expired";

    private final LalalEndpoint endpoint;
    private StateRepository<String, String> repository;
    private boolean ownsRepository;
    private TrackedTaskStore store;

    /** Creates the consumer. */
    public LalalTasksConsumer(LalalEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        LalalConfiguration c = endpoint.getConfiguration();
        repository = c.getStateRepository();
        ownsRepository = repository == null;
        if (ownsRepository) {
            repository = new MemoryStateRepository();
        }
        ServiceHelper.startService(repository);
        store = new TrackedTaskStore(repository);
        if (c.getFileIds() != null && !c.getFileIds().isBlank()) {
            track(Arrays.stream(c.getFileIds().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        }
        endpoint.getComponent(LalalComponent.class).tracking().attach(this);
        LOG.info("Tracking {} LALAL.AI task(s), checking up to {} per request", store.size(), batchSize());
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        endpoint.getComponent(LalalComponent.class).tracking().detach(this);
        if (ownsRepository) {
            ServiceHelper.stopService(repository);
        }
    }

    /** Adds files to the tracking set (kept in the state repository). */
    void track(Collection<String> fileIds) {
        int added = store.add(fileIds);
        if (added > 0) {
            LOG.debug("Now tracking {} more LALAL.AI task(s), {} in all", added, store.size());
        }
    }

    /** How many files are tracked now. */
    public int trackedCount() {
        return store == null ? 0 : store.size();
    }

    private int batchSize() {
        return Math.max(1, endpoint.getConfiguration().getCheckBatchSize());
    }

    @Override
    protected int poll() throws Exception {
        List<String> ids = store.ids();
        int emitted = 0;
        LalalException failure = null;
        for (int from = 0; from < ids.size() && isRunAllowed(); from += batchSize()) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + batchSize()));
            Map<String, FileStatus> statuses;
            try {
                statuses = endpoint.client().check(batch);
            } catch (LalalException e) {
                // Nothing is lost: these files are checked again on the next poll.
                failure = e;
                continue;
            }
            for (String id : batch) {
                FileStatus status = statuses.get(id);
                if (status != null && emit(id, status)) {
                    emitted++;
                }
            }
        }
        if (failure != null) {
            // Report the poll as failed (health check, backoff) after delivering what could be checked.
            throw failure;
        }
        return emitted;
    }

    private boolean emit(String id, FileStatus status) {
        String state;
        Integer progress = null;
        if (!status.known()) {
            state = EXPIRED;
        } else if (status.task() == null) {
            return false; // uploaded, not split yet
        } else {
            state = status.task().state() != null ? status.task().state().id() : status.task().rawState();
            progress = status.task().progress();
        }
        DeliveredState previous = store.delivered(id);
        boolean changed = !state.equals(previous.state());
        boolean progressed = TaskState.PROGRESS.id().equals(state) && endpoint.getConfiguration().isEmitProgress()
                && progress != null && !progress.equals(previous.progress());
        if (!changed && !progressed) {
            return false;
        }
        boolean terminal = !TaskState.PROGRESS.id().equals(state);
        Exchange exchange = createExchange(true);
        try {
            Message m = exchange.getMessage();
            m.setBody(status);
            StatusHeaders.set(m, status);
            m.setHeader(LalalConstants.TASK_STATE, state);
            m.setHeader(LalalConstants.PREVIOUS_TASK_STATE, previous.state());
            m.setHeader(LalalConstants.PROGRESS, progress);
            getProcessor().process(exchange);
            if (exchange.getException() == null) {
                store.markDelivered(id, new DeliveredState(state, progress), terminal);
                if (terminal) {
                    LOG.info("LALAL.AI task of file {} ended in {}", id, state);
                }
            } else {
                // The route's error handler has already reported the failure.
                LOG.info("The {} event of LALAL.AI file {} failed in the route; it is delivered again on the next "
                        + "poll", state, id);
            }
        } catch (Exception e) {
            getExceptionHandler().handleException("Failed to process the LALAL.AI " + state + " event of file " + id
                    + "; it is delivered again on the next poll", exchange, e);
        } finally {
            releaseExchange(exchange, false);
        }
        return true;
    }
}
