package io.github.camellalal.component;

import io.github.camellalal.component.store.TaskStore;
import javax.sql.DataSource;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of task tracking: which files the tasks consumer follows, what it emits, how often it retries an
 * event, and the task store where the files it tracks are kept (in memory, a StateRepository or a shared database).
 * {@link LalalConfiguration} extends it with what the operations do.
 */
@UriParams
public abstract class LalalTasksConfiguration extends LalalConnectionConfiguration {

    @UriParam(label = "consumer")
    private String fileIds;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean emitProgress;
    @UriParam(label = "consumer")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer")
    private DataSource dataSource;
    @UriParam(label = "consumer,advanced")
    private TaskStore taskStore;
    @UriParam(label = "consumer", defaultValue = "30000", javaType = "java.time.Duration")
    private long leaseDuration = 30_000;
    @UriParam(label = "consumer", defaultValue = "300000", javaType = "java.time.Duration")
    private long maxCheckInterval = 300_000;
    @UriParam(label = "consumer,advanced")
    private String instanceId;
    @UriParam(label = "consumer", defaultValue = "0")
    private int maxEventAttempts;
    @UriParam(label = "consumer,advanced", defaultValue = "false")
    private boolean batchStoreWrites;

    public String getFileIds() {
        return fileIds;
    }

    /**
     * File ids (comma-separated) the tasks consumer tracks from its start, besides those that split, process and track
     * producers of this component hand to it.
     */
    public void setFileIds(String fileIds) {
        this.fileIds = fileIds;
    }

    public boolean isEmitProgress() {
        return emitProgress;
    }

    /**
     * Whether the tasks consumer emits an exchange for every change of progress; by default it emits the first
     * progress state and the terminal ones (success, error, cancelled, expired).
     */
    public void setEmitProgress(boolean emitProgress) {
        this.emitProgress = emitProgress;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Where the tasks consumer keeps the tracked files and the last state delivered for each, e.g. a
     * FileStateRepository, so that a restart resumes tracking and does not deliver a terminal state twice. Default:
     * in memory.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /**
     * A PostgreSQL database (any pooled DataSource bean) where tasks consumers keep the tracked tasks, shared by
     * every Camel instance that uses it: each task is held by one instance at a time, which delivers its events, and
     * a dead instance's tasks are taken over after leaseDuration. The instances share the license's check budget
     * (maxChecksPerMinute) through the same database, and each check request carries the most-due tasks of all of
     * them. Set on the component, producers of an instance without a running tasks consumer (e.g. a standby behind
     * master:) record the tasks they start there too.
     */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public TaskStore getTaskStore() {
        return taskStore;
    }

    /** A task store to use instead of one built from dataSource or stateRepository (which are then ignored). */
    public void setTaskStore(TaskStore taskStore) {
        this.taskStore = taskStore;
    }

    public long getLeaseDuration() {
        return leaseDuration;
    }

    /**
     * How long an instance holds the tasks it claimed in a shared (dataSource) store without renewing the claim; the
     * tasks of an instance that died are polled by another one within this time. A running consumer renews its
     * claims every third of it on a thread of its own, so a poll waiting for the check budget or a slow route never
     * loses them.
     */
    public void setLeaseDuration(long leaseDuration) {
        this.leaseDuration = leaseDuration;
    }

    public long getMaxCheckInterval() {
        return maxCheckInterval;
    }

    /**
     * The longest time between two checks of one tracked task: whatever the check scheduling predicts, every task
     * is checked at least this often (under the check budget, as soon as a request is free), so none starves.
     */
    public void setMaxCheckInterval(long maxCheckInterval) {
        if (maxCheckInterval <= 0) {
            throw new IllegalArgumentException("Option maxCheckInterval must be above 0 ms, was " + maxCheckInterval);
        }
        this.maxCheckInterval = maxCheckInterval;
    }

    public String getInstanceId() {
        return instanceId;
    }

    /**
     * The name under which this consumer claims tasks in a shared store. Default: a new random id on every start, so
     * a restarted instance takes its old tasks back when their lease expired or they were released on stop; a fixed
     * id takes them back at once.
     */
    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
    }

    public int getMaxEventAttempts() {
        return maxEventAttempts;
    }

    /**
     * How many times the tasks consumer delivers one event (a file's state) whose exchange keeps failing before it
     * gives up: it logs a warning with the file id and the last exception, counts it in the consumer's health check
     * details and stops tracking the file. 0 (default): unlimited, the event is delivered again on every poll.
     */
    public void setMaxEventAttempts(int maxEventAttempts) {
        this.maxEventAttempts = maxEventAttempts;
    }

    public boolean isBatchStoreWrites() {
        return batchStoreWrites;
    }

    /**
     * Whether the tasks consumer records the delivered events of one check request in the task store together,
     * after their exchanges completed (one write per checkBatchSize events, e.g. one statement for PostgreSQL),
     * instead of one write after each exchange. Faster with a remote store; a crash can then repeat up to
     * checkBatchSize delivered events instead of one.
     */
    public void setBatchStoreWrites(boolean batchStoreWrites) {
        this.batchStoreWrites = batchStoreWrites;
    }
}
