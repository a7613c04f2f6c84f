package io.github.camellalal.component;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalException;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.component.message.StatusHeaders;
import io.github.camellalal.component.store.DeliveredState;
import io.github.camellalal.component.store.Observation;
import io.github.camellalal.component.store.TaskCheck;
import io.github.camellalal.component.store.TaskStore;
import io.github.camellalal.component.store.TrackedTask;
import io.github.camellalal.component.tasks.CheckBudget;
import io.github.camellalal.component.tasks.CheckScheduler;
import io.github.camellalal.component.tasks.EventAttempts;
import io.github.camellalal.component.tasks.LikelyChangeScheduler;
import io.github.camellalal.component.tasks.Observations;
import io.github.camellalal.component.tasks.StoreWrites;
import io.github.camellalal.component.tasks.TaskStores;
import io.github.camellalal.component.tasks.TaskTracking;
import io.github.camellalal.component.tasks.UnknownFiles;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("lalal:tasks")}: checks the tracked tasks that are due, up to checkBatchSize ids a request, and emits
 * one exchange per change of a task's state. A state counts as delivered only when its exchange completed; a failed
 * one is emitted again on a later poll (at least once) until maxEventAttempts, and a task leaves the tracking set
 * after its terminal state was delivered. The tracked tasks live in a {@link TaskStore}; with a shared one, this
 * consumer's requests check the most-due tasks of every instance, and it delivers the events of the tasks it holds
 * from what any instance's check saw, its claims renewed on a schedule of their own.
 */
public class LalalTasksConsumer extends ScheduledPollConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(LalalTasksConsumer.class);

    /** The state emitted when the service no longer knows a tracked file. */
    public static final String EXPIRED = UnknownFiles.EXPIRED;
    /** How long stopping waits for a running poll to end. */
    private static final long STOP_WAIT_SECONDS = 30;

    private final LalalEndpoint endpoint;
    private final EventAttempts attempts = new EventAttempts();
    private final AtomicLong givenUp = new AtomicLong();
    /** This consumer as the component's task tracking sees it (one instance, so that detach finds it). */
    private final TaskTracking.Tracker tracker = this::track;
    /** Held while a poll runs, so that stopping waits for its last store writes. */
    private final ReentrantLock polling = new ReentrantLock();
    private TaskStore store;
    private boolean ownsStore;
    private String instanceId;
    /** How tasks are scheduled for checks; null: each task once per poll delay, as a sweep of every task would. */
    private CheckScheduler scheduler;
    private Observations observations;
    /** Renews this consumer's claims in a shared store, whatever its polls are doing. */
    private ScheduledExecutorService renewer;

    /** Creates the consumer. */
    public LalalTasksConsumer(LalalEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doBuild() throws Exception {
        if (getHealthCheck() == null) {
            LalalTasksHealthCheck check = new LalalTasksHealthCheck(this, "consumer:" + getRouteId());
            HealthCheck.State initial = initialHealthCheckState();
            if (initial != null) {
                check.setInitialState(initial);
            }
            setHealthCheck(check);
        }
        super.doBuild();
    }

    @Override
    protected void doStart() throws Exception {
        LalalConfiguration c = endpoint.getConfiguration();
        instanceId = c.getInstanceId() != null && !c.getInstanceId().isBlank() ? c.getInstanceId()
                : UUID.randomUUID().toString();
        TaskStores.Choice choice = TaskStores.forConsumer(c.getTaskStore(), c.getDataSource(), c.getStateRepository(),
                c.getLeaseDuration());
        store = choice.store();
        ownsStore = choice.owned();
        ServiceHelper.startService(store);
        observations = new Observations(scheduler != null ? scheduler : new LikelyChangeScheduler(),
                c.getMaxCheckInterval());
        if (store.isShared()) {
            startRenewer(c.getLeaseDuration());
        }
        if (c.getFileIds() != null && !c.getFileIds().isBlank()) {
            track(Arrays.stream(c.getFileIds().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        }
        endpoint.getComponent(LalalComponent.class).tracking().attach(tracker);
        LOG.info("Tracking LALAL.AI tasks in {} as {}, checking up to {} per request", store, instanceId,
                batchSize());
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        // A poll may still be running: the exchanges of its current batch, then that batch's store writes (all of
        // them at once with batchStoreWrites); it checks no further batch once stopping. Wait for it before the
        // scheduler stops, which interrupts its thread: a clean stop leaves no delivered event unrecorded, to be
        // delivered again after a restart.
        if (polling.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
            polling.unlock();
        } else {
            LOG.warn("A poll of the LALAL.AI tasks still runs after {} s; stopping without waiting for it",
                    STOP_WAIT_SECONDS);
        }
        super.doStop();
        endpoint.getComponent(LalalComponent.class).tracking().detach(tracker);
        if (renewer != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(renewer);
            renewer = null;
        }
        try {
            store.release(instanceId);
        } catch (RuntimeException e) {
            LOG.warn("Could not release the LALAL.AI tasks of {}; other instances take them when the lease ends: {}",
                    instanceId, e.getMessage());
        }
        if (ownsStore) {
            ServiceHelper.stopService(store);
        }
    }

    /**
     * Renews the claims every third of the lease on a thread of its own: a poll waiting for the check budget, a 429
     * pause or a slow route never lets a live instance's claims lapse (and another instance deliver its events).
     */
    private void startRenewer(long leaseMillis) {
        long every = Math.max(10, leaseMillis / 3);
        renewer = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "LalalTaskClaims");
        renewer.scheduleWithFixedDelay(() -> {
            try {
                store.renew(instanceId);
            } catch (RuntimeException e) {
                LOG.warn("Could not renew the LALAL.AI task claims of {}: {}", instanceId, e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /** Sets how tasks are scheduled for checks (before the consumer starts). */
    void setCheckScheduler(CheckScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Adds tasks to the tracking set, held by this consumer, each due for a check at once. */
    void track(Collection<String> taskIds) {
        track(taskIds, Map.of());
    }

    /** Adds tasks to the tracking set, held by this consumer, each first due after its delay (ms, absent: at once). */
    void track(Collection<String> taskIds, Map<String, Long> firstChecks) {
        store.add(taskIds, instanceId, firstChecks);
        LOG.debug("Now tracking {} more LALAL.AI task(s)", taskIds.size());
    }

    /** How many files are tracked now (by every instance, in a shared store). */
    public int trackedCount() {
        return store == null ? 0 : store.size();
    }

    /** How many events were given up after maxEventAttempts since this consumer started. */
    public long givenUpCount() {
        return givenUp.get();
    }

    /** The store this consumer keeps its tasks in, once started. */
    public TaskStore taskStore() {
        return store;
    }

    private int batchSize() {
        return Math.max(1, endpoint.getConfiguration().getCheckBatchSize());
    }

    @Override
    protected int poll() throws Exception {
        polling.lock();
        try {
            return pollOnce();
        } finally {
            polling.unlock();
        }
    }

    /**
     * Delivers what earlier checks saw of the tasks held here, then checks due tasks (with a shared store: the most
     * due of the whole store, whoever holds them) in up to as many requests as a sweep of every task takes, delivering
     * after each. An event whose exchange failed is delivered again on the next poll.
     */
    private int pollOnce() throws Exception {
        Set<String> failed = new HashSet<>();
        // what this consumer holds, read (and claimed) once a poll; kept up to date with what it delivers
        Map<String, TrackedTask> held = new LinkedHashMap<>();
        for (TrackedTask task : store.claim(instanceId)) {
            held.put(task.taskId(), task);
        }
        attempts.retain(held.keySet());
        int emitted = deliver(List.copyOf(held.values()), held, failed);
        int rounds = (store.size() + batchSize() - 1) / batchSize();
        LalalException failure = null;
        for (int round = 0; round < rounds && isRunAllowed(); round++) {
            List<TaskCheck> due;
            Map<String, FileStatus> statuses;
            CheckBudget budget = store.isShared() ? budget() : null;
            if (budget != null) {
                // Choose the ids once the slot came: the request then carries every task due by then, whichever
                // instance holds it, and instances waiting for the next slots do not choose the same ids.
                if (!store.hasDue()) {
                    break;
                }
                budget.acquire();
                CheckBudget.prepay();
            }
            try {
                due = store.takeDue(batchSize());
                if (due.isEmpty()) {
                    break;
                }
                List<String> ids = due.stream().map(TaskCheck::taskId).toList();
                try {
                    statuses = endpoint.client().check(ids);
                } catch (LalalException e) {
                    // Nothing is lost: these tasks are due again at once.
                    store.untake(ids);
                    failure = e;
                    break;
                }
            } finally {
                CheckBudget.clearPrepaid();
            }
            List<Observation> seen = observations.of(due, statuses, store.nowMillis());
            store.observed(seen);
            // deliver what this request saw of the tasks held here; other instances' observations of them are
            // delivered on the next poll
            List<TrackedTask> mine = new ArrayList<>();
            for (Observation o : seen) {
                TrackedTask task = held.get(o.check().taskId());
                if (task != null && o.status() != null) {
                    mine.add(new TrackedTask(task.taskId(), task.delivered(), o.status()));
                }
            }
            emitted += deliver(mine, held, failed);
        }
        if (failure != null) {
            // Report the poll as failed (health check, backoff) after delivering what could be checked.
            throw failure;
        }
        return emitted;
    }

    /** Emits the events of these held tasks whose last observation differs from what was delivered. */
    private int deliver(List<TrackedTask> tasks, Map<String, TrackedTask> held, Set<String> failed) {
        StoreWrites writes = new StoreWrites(store, endpoint.getConfiguration().isBatchStoreWrites(), instanceId);
        int emitted = 0;
        try {
            for (TrackedTask task : tasks) {
                if (!isRunAllowed()) {
                    break;
                }
                if (task.observed() != null && !failed.contains(task.taskId())
                        && emit(task, task.observed(), writes, failed, held)) {
                    emitted++;
                }
            }
        } finally {
            writes.flush();
        }
        return emitted;
    }

    private CheckBudget budget() {
        return endpoint.getComponent(LalalComponent.class).checkBudget(endpoint.getConfiguration());
    }

    private boolean emit(TrackedTask task, FileStatus status, StoreWrites writes, Set<String> failed,
            Map<String, TrackedTask> held) {
        String id = task.taskId();
        String state = Observations.stateOf(status);
        if (state == null) {
            return false; // uploaded, not split yet
        }
        Integer progress = null;
        String error = null;
        if (!status.known()) {
            error = EXPIRED.equals(state) ? null : status.error();
        } else {
            progress = status.task().progress();
            error = status.task().error();
        }
        DeliveredState previous = task.delivered();
        boolean changed = !state.equals(previous.state());
        boolean progressed = TaskState.PROGRESS.id().equals(state) && endpoint.getConfiguration().isEmitProgress()
                && progress != null && !progress.equals(previous.progress());
        if (!changed && !progressed) {
            return false;
        }
        boolean terminal = !TaskState.PROGRESS.id().equals(state);
        // the event is the state, and the progress only when each progress is an event of its own
        int attempt = attempts.next(id, state, endpoint.getConfiguration().isEmitProgress() ? progress : null);
        Exchange exchange = createExchange(true);
        Exception failure;
        try {
            Message m = exchange.getMessage();
            m.setBody(status);
            StatusHeaders.set(m, status);
            m.setHeader(LalalConstants.TASK_STATE, state);
            m.setHeader(LalalConstants.PREVIOUS_TASK_STATE, previous.state());
            m.setHeader(LalalConstants.PROGRESS, progress);
            m.setHeader(LalalConstants.EVENT_ATTEMPT, attempt);
            if (error != null && TaskState.ERROR.id().equals(state)) {
                m.setHeader(LalalConstants.TASK_ERROR, error);
            }
            getProcessor().process(exchange);
            failure = exchange.getException();
            if (failure != null) {
                // The route's error handler has already reported the failure.
                LOG.info("The {} event of LALAL.AI {} failed in the route (attempt {}){}", state, named(id), attempt,
                        willRetry(attempt) ? "; it is delivered again on the next poll" : "");
            }
        } catch (Exception e) {
            failure = e;
            getExceptionHandler().handleException("Failed to process the LALAL.AI " + state + " event of " + named(id)
                    + " (attempt " + attempt + ")", exchange, e);
        } finally {
            releaseExchange(exchange, false);
        }
        if (failure == null) {
            attempts.clear(id);
            if (terminal) {
                writes.ended(id);
                held.remove(id);
                LOG.info("LALAL.AI {} ended in {}", named(id), state);
            } else {
                DeliveredState delivered = new DeliveredState(state, progress);
                writes.delivered(id, delivered);
                held.put(id, new TrackedTask(id, delivered, status));
            }
        } else {
            failed.add(id);
            if (!willRetry(attempt)) {
                giveUp(id, state, attempt, failure);
                held.remove(id);
            }
        }
        return true;
    }

    private boolean willRetry(int attempt) {
        int max = endpoint.getConfiguration().getMaxEventAttempts();
        return max <= 0 || attempt < max;
    }

    private void giveUp(String id, String state, int attempt, Exception last) {
        attempts.clear(id);
        if (!store.remove(id, instanceId)) {
            LOG.warn("Another instance holds LALAL.AI {} now; it delivers its events", named(id));
            return;
        }
        givenUp.incrementAndGet();
        LOG.warn("Gave up the {} event of LALAL.AI {} after {} failed attempt(s); it is no longer tracked. "
                + "Last failure: {}", state, named(id), attempt, String.valueOf(last), last);
    }

    /** A tracked id in words: with API v1 it names a task, with v0 the file whose task it is. */
    private String named(String id) {
        return endpoint.getConfiguration().getApiVersion() == LalalApiVersion.v1 ? "task " + id
                : "task of file " + id;
    }
}
