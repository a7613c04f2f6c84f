package io.github.camellalal.component.process;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalException;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.client.UploadResult;
import io.github.camellalal.component.message.ErrorCodes;
import io.github.camellalal.component.message.FullResult;
import io.github.camellalal.component.message.HeaderNames;
import io.github.camellalal.component.message.SourceDurations;
import io.github.camellalal.component.message.StatusHeaders;
import io.github.camellalal.component.message.UploadBody;
import io.github.camellalal.component.metrics.LalalMetrics;
import io.github.camellalal.component.options.SplitOptions;
import io.github.camellalal.component.tasks.TaskFailure;
import io.github.camellalal.component.tasks.TaskTracking;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process operation: upload, split, wait, download. Transfers run on the component's workers; the wait holds
 * no thread (the endpoint's {@link TaskWatcher} checks all waiting files together), deadlines run on their own
 * timer, and routing always continues on a worker, whether the file succeeded, failed, expired or timed out.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class ProcessFlow {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessFlow.class);

    /** Puts the tracks of a task that succeeded into the exchange, as option track (or its header) chose. */
    @FunctionalInterface
    public interface Delivery {
        void deliver(FileStatus status);
    }

    /**
     * The endpoint's options an exchange runs with: deleteAfterDownload, timeout (milliseconds), cancelOnTimeout,
     * requireFullResult and extraExtensions.
     */
    public record Settings(boolean deleteAfterDownload, long timeout, boolean cancelOnTimeout,
                           boolean requireFullResult, String extraExtensions) {
    }

    /**
     * One exchange as its producer starts it: the endpoint's client, the exchange's split options (checked before
     * any request), the endpoint's settings, how the tracks are delivered, and the component's threads, the
     * endpoint's watcher and the component's meters.
     */
    public record Run(LalalClient client, SplitOptions options, Settings settings, Delivery delivery,
                      ProcessThreads threads, TaskWatcher watcher, LalalMetrics metrics) {
    }

    private final TaskTracking tracking;
    private final TaskFailure failure;

    /**
     * Creates the flow of a producer.
     *
     * @param tracking where started tasks are handed to the tasks consumers
     * @param failure  makes the exception of a task that did not deliver
     */
    public ProcessFlow(TaskTracking tracking, TaskFailure failure) {
        this.tracking = tracking;
        this.failure = failure;
    }

    /** Starts the flow; {@code callback} is called once it ended, with the tracks or an exception on the exchange. */
    public void start(Exchange exchange, Run run, AsyncCallback callback) {
        ProcessThreads threads = run.threads();
        LalalMetrics metrics = run.metrics();
        metrics.processStarted();
        onWorkers(() -> uploadAndSplit(exchange, run), threads)
                .thenCompose(id -> awaitWithTimeout(id, run.client(), run.settings(), run.watcher(), threads))
                .thenCompose(status -> onWorkers(() -> deliver(exchange, run, status), threads))
                .whenCompleteAsync((status, failure) -> {
                    metrics.processEnded();
                    if (failure != null) {
                        ErrorCodes.set(exchange.getMessage(), unwrap(failure));
                        exchange.setException(unwrap(failure));
                    }
                    callback.done(false);
                }, threads.routing());
    }

    /** Uploads the body and queues it for splitting (on a worker); returns the task id. */
    private String uploadAndSplit(Exchange exchange, Run run) {
        LalalClient client = run.client();
        Settings config = run.settings();
        Message in = exchange.getMessage();
        UploadResult upload = UploadBody.upload(client, exchange, config.extraExtensions());
        StatusHeaders.set(in, upload);
        String taskId = client.split(List.of(run.options().toRequest(upload.id()))).get(0);
        in.setHeader(HeaderNames.TASK_ID, taskId);
        tracking.register(List.of(taskId), SourceDurations.ofUpload(upload, taskId));
        LOG.info("LALAL.AI file {} ({}) uploaded and queued as task {} ({})", upload.id(), upload.name(), taskId,
                run.options().summary());
        if (config.deleteAfterDownload()) {
            deleteOnCompletion(exchange, client, upload.id());
        }
        return taskId;
    }

    /** Puts the ended task's status and tracks into the exchange (on a worker), or fails as the task did. */
    private FileStatus deliver(Exchange exchange, Run run, FileStatus status) {
        StatusHeaders.set(exchange.getMessage(), status);
        requireSuccess(status);
        if (run.settings().requireFullResult()) {
            FullResult.require(run.client(), status, failure);
        }
        run.delivery().deliver(status);
        return status;
    }

    /**
     * Runs {@code work} on the component's workers. A pool that refuses it (a user's pool shut down or full) fails
     * the flow with an error naming the pool options, and the flow ends as any failure does (error on the exchange,
     * gauge lalal.process.inflight back down); thrown to the producer instead, the first step's refusal left the
     * exchange counted for good.
     */
    private static <T> CompletableFuture<T> onWorkers(Supplier<T> work, ProcessThreads threads) {
        try {
            return CompletableFuture.supplyAsync(work, threads.workers());
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new RejectedExecutionException("The lalal component's worker "
                    + "pool refused a process step (component options workerPool, workerPoolSize): it is shut "
                    + "down or full", e));
        }
    }

    private CompletableFuture<FileStatus> awaitWithTimeout(String id, LalalClient client, Settings config,
            TaskWatcher watcher, ProcessThreads threads) {
        CompletableFuture<FileStatus> done = watcher.await(id);
        ScheduledFuture<?> deadline = threads.deadlines().schedule(() -> {
            if (done.isDone()) {
                return;
            }
            watcher.forget(id);
            if (config.cancelOnTimeout()) {
                // an HTTP call: keep it off the timer, which runs every other file's deadline
                threads.routing().execute(() -> cancelQuietly(client, id));
            }
            done.completeExceptionally(failure.of(id, "timeout", null, "Gave up waiting for LALAL.AI file "
                    + id + " after " + config.timeout() + " ms (option timeout)"
                    + (config.cancelOnTimeout() ? "; its task was cancelled" : "")));
        }, config.timeout(), TimeUnit.MILLISECONDS);
        return done.whenComplete((s, e) -> deadline.cancel(false));
    }

    /** Deletes the source once the exchange completed with its tracks delivered (not on failure: a retry needs it). */
    private static void deleteOnCompletion(Exchange exchange, LalalClient client, String fileId) {
        exchange.getExchangeExtension().addOnCompletion(new org.apache.camel.support.SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange ex) {
                try {
                    client.delete(fileId);
                } catch (LalalException e) {
                    LOG.warn("Could not delete LALAL.AI file {} after its download: {}", fileId, e.getMessage());
                }
            }
        });
    }

    private static void cancelQuietly(LalalClient client, String id) {
        try {
            client.cancel(List.of(id));
        } catch (LalalException e) {
            LOG.warn("Could not cancel LALAL.AI file {} after the timeout: {}", id, e.getMessage());
        }
    }

    private void requireSuccess(FileStatus status) {
        TaskState state = status.taskState();
        if (state == TaskState.SUCCESS && status.tracks() != null) {
            return;
        }
        String error = status.task() == null ? null : status.task().error();
        String how = state == null ? "an unknown state" : state.id();
        throw failure.of(status.id(), state == null ? "unknown" : state.id(), error,
                "The LALAL.AI task of file " + status.id() + " (" + status.name() + ") ended in " + how
                        + (error == null ? "" : ": " + error));
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
