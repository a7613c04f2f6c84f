package io.github.camellalal.component.process;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalException;
import io.github.camellalal.component.tasks.TaskFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for many tasks at once without a thread per task: every poll interval it checks every waited-for file in
 * batches (one request per batch) and completes each file's future when its task ends or the service no longer
 * knows it. The futures complete on the polling thread: whoever waits must hand its work to a worker. One per
 * endpoint, created on its first process exchange, polling on the component's watcher thread.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class TaskWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskWatcher.class);

    private final LalalClient client;
    private final int batchSize;
    private final TaskFailure failure;
    private final Map<String, CompletableFuture<FileStatus>> waiting = new ConcurrentHashMap<>();
    private final ScheduledFuture<?> poller;
    private int failedPolls;

    /**
     * Starts polling on {@code scheduler} every {@code intervalMillis} (option pollInterval), {@code batchSize} ids per
     * check request (option checkBatchSize).
     */
    public TaskWatcher(LalalClient client, ScheduledExecutorService scheduler, long intervalMillis, int batchSize,
            TaskFailure failure) {
        this.client = client;
        this.failure = failure;
        // Both were checked when the endpoint was created (options pollInterval, checkBatchSize): never corrected here.
        this.batchSize = batchSize;
        this.poller = scheduler.scheduleWithFixedDelay(this::pollSafely, intervalMillis, intervalMillis,
                TimeUnit.MILLISECONDS);
    }

    /**
     * A future completed with the file's status once its task is in a terminal state (success, error, cancelled), or
     * completed exceptionally with the {@link TaskFailure} of state {@code expired} when the service no longer knows
     * the file.
     */
    public CompletableFuture<FileStatus> await(String fileId) {
        return waiting.computeIfAbsent(fileId, id -> new CompletableFuture<>());
    }

    /** Stops waiting for a file (e.g. after a timeout). */
    public void forget(String fileId) {
        waiting.remove(fileId);
    }

    /** How many files are waited for now. */
    public int size() {
        return waiting.size();
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Checking LALAL.AI tasks failed unexpectedly: {}", e.getMessage(), e);
        }
    }

    private void poll() {
        List<String> ids = new ArrayList<>(waiting.keySet());
        for (int from = 0; from < ids.size(); from += batchSize) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + batchSize));
            Map<String, FileStatus> statuses;
            try {
                statuses = client.check(batch);
                failedPolls = 0;
            } catch (LalalException e) {
                // Nothing is lost: the files stay waited for and are checked again next time.
                failedPolls++;
                LOG.warn("Checking {} LALAL.AI task(s) failed ({} time(s) in a row), trying again next poll: {}",
                        batch.size(), failedPolls, e.getMessage());
                continue;
            }
            statuses.forEach(this::settle);
        }
    }

    private void settle(String id, FileStatus status) {
        if (!status.known()) {
            CompletableFuture<FileStatus> f = waiting.remove(id);
            if (f != null) {
                f.completeExceptionally(failure.of(id, "expired", status.error(),
                        "LALAL.AI no longer knows file " + id + ": " + status.error()));
            }
        } else if (status.taskState() != null && status.taskState().isTerminal()) {
            CompletableFuture<FileStatus> f = waiting.remove(id);
            if (f != null) {
                f.complete(status);
            }
        }
    }

    @Override
    public void close() {
        poller.cancel(false);
        for (Map.Entry<String, CompletableFuture<FileStatus>> e : waiting.entrySet()) {
            e.getValue().completeExceptionally(failure.of(e.getKey(), "stopped", null,
                    "The lalal endpoint stopped while waiting for the task of file " + e.getKey()));
        }
        waiting.clear();
    }
}
