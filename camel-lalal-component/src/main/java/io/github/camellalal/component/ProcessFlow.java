package io.github.camellalal.component;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalException;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.client.UploadResult;
import io.github.camellalal.component.metrics.LalalMetrics;
import io.github.camellalal.component.process.ProcessThreads;
import io.github.camellalal.component.process.TaskWatcher;
import io.github.camellalal.component.spool.TrackSpool;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process operation: upload, split, wait, download. Transfers run on the component's workers; the wait holds
 * no thread (the endpoint's {@link TaskWatcher} checks all waiting files together), deadlines run on their own
 * timer, and routing always continues on a worker, whether the file succeeded, failed, expired or timed out.
 */
final class ProcessFlow {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessFlow.class);

    private final LalalEndpoint endpoint;

    ProcessFlow(LalalEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Starts the flow; {@code callback} is called once it ended, with the tracks or an exception on the exchange. */
    void start(Exchange exchange, AsyncCallback callback) {
        LalalClient client = endpoint.client();
        LalalConfiguration config = endpoint.getConfiguration();
        Message in = exchange.getMessage();
        // Validate before the upload, so bad options cost no request.
        SplitOptions options = SplitOptions.fromMessage(config, in);
        LalalTrack track = LalalTrack.of(in.getHeader(LalalConstants.TRACK), config.getTrack());
        ProcessThreads threads = endpoint.threads();
        TaskWatcher watcher = endpoint.taskWatcher();

        LalalMetrics metrics = endpoint.getComponent(LalalComponent.class).metrics();
        metrics.processStarted();
        CompletableFuture
                .supplyAsync(() -> {
                    UploadResult upload = UploadBody.upload(client, exchange, config);
                    StatusHeaders.set(in, upload);
                    String taskId = client.split(List.of(options.toRequest(upload.id()))).get(0);
                    in.setHeader(LalalConstants.TASK_ID, taskId);
                    endpoint.getComponent(LalalComponent.class).tracking().register(List.of(taskId));
                    LOG.info("LALAL.AI file {} ({}) uploaded and queued as task {} ({} {})", upload.id(),
                            upload.name(), taskId, options.splitType(), options.stem() == null ? ""
                                    : options.stem());
                    if (config.isDeleteAfterDownload()) {
                        deleteOnCompletion(exchange, client, upload.id());
                    }
                    return taskId;
                }, threads.workers())
                .thenCompose(id -> awaitWithTimeout(id, config, watcher, threads))
                .thenApplyAsync(status -> {
                    StatusHeaders.set(in, status);
                    requireSuccess(status);
                    if (config.isRequireFullResult()) {
                        FullResult.require(client, status);
                    }
                    TrackSpool spool = endpoint.getComponent(LalalComponent.class).trackSpool();
                    if (track == LalalTrack.all) {
                        TrackDelivery.deliverAll(client, spool, exchange, status.allTracks());
                    } else {
                        TrackDelivery.deliver(client, spool, exchange, status.tracks(), track);
                    }
                    return status;
                }, threads.workers())
                .whenCompleteAsync((status, failure) -> {
                    metrics.processEnded();
                    if (failure != null) {
                        ErrorCodes.set(exchange.getMessage(), unwrap(failure));
                        exchange.setException(unwrap(failure));
                    }
                    callback.done(false);
                }, threads.routing());
    }

    private CompletableFuture<FileStatus> awaitWithTimeout(String id, LalalConfiguration config, TaskWatcher watcher,
            ProcessThreads threads) {
        CompletableFuture<FileStatus> done = watcher.await(id);
        ScheduledFuture<?> deadline = threads.deadlines().schedule(() -> {
            if (done.isDone()) {
                return;
            }
            watcher.forget(id);
            if (config.isCancelOnTimeout()) {
                // an HTTP call: keep it off the timer, which runs every other file's deadline
                threads.routing().execute(() -> cancelQuietly(id));
            }
            done.completeExceptionally(new LalalTaskException(id, "timeout", null, "Gave up waiting for LALAL.AI file "
                    + id + " after " + config.getTimeout() + " ms (option timeout)"
                    + (config.isCancelOnTimeout() ? "; its task was cancelled" : "")));
        }, config.getTimeout(), TimeUnit.MILLISECONDS);
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

    private void cancelQuietly(String id) {
        try {
            endpoint.client().cancel(List.of(id));
        } catch (LalalException e) {
            LOG.warn("Could not cancel LALAL.AI file {} after the timeout: {}", id, e.getMessage());
        }
    }

    private static void requireSuccess(FileStatus status) {
        TaskState state = status.taskState();
        if (state == TaskState.SUCCESS && status.tracks() != null) {
            return;
        }
        String error = status.task() == null ? null : status.task().error();
        String how = state == null ? "an unknown state" : state.id();
        throw new LalalTaskException(status.id(), state == null ? "unknown" : state.id(), error,
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
