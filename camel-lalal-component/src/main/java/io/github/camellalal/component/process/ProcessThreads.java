package io.github.camellalal.component.process;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ExecutorServiceManager;

/**
 * The threads of process, one set per component, created on the first process exchange: workers for transfers and
 * for routing after the wait (a user's pool can replace them), one thread that checks waiting tasks, and one timer
 * for deadlines, so that a slow check never delays a timeout.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class ProcessThreads {

    private final CamelContext context;
    private final ExecutorService workers;
    private final boolean ownsWorkers;
    private final ScheduledExecutorService watcher;
    private final ScheduledExecutorService deadlines;

    /**
     * Creates the threads.
     *
     * @param workerPool     the component's option workerPool: a user's pool for the workers, or null
     * @param workerPoolSize the component's option workerPoolSize: the size of the pool made when workerPool is null
     */
    public ProcessThreads(CamelContext context, Object owner, ExecutorService workerPool, int workerPoolSize) {
        this.context = context;
        ExecutorServiceManager manager = context.getExecutorServiceManager();
        if (workerPool != null) {
            workers = workerPool;
            ownsWorkers = false;
        } else {
            workers = manager.newFixedThreadPool(owner, "LalalWorker", workerPoolSize);
            ownsWorkers = true;
        }
        watcher = manager.newSingleThreadScheduledExecutor(owner, "LalalTaskWatcher");
        deadlines = manager.newSingleThreadScheduledExecutor(owner, "LalalDeadlines");
    }

    /** Runs uploads and downloads. */
    public ExecutorService workers() {
        return workers;
    }

    /**
     * Where routing continues after process: a worker; while the pool refuses work (the component is stopping), the
     * calling thread, so that no exchange is left without an answer.
     */
    public Executor routing() {
        return task -> {
            try {
                workers.execute(task);
            } catch (RejectedExecutionException e) {
                task.run();
            }
        };
    }

    /** The one thread that checks waiting tasks. */
    public ScheduledExecutorService watcher() {
        return watcher;
    }

    /** The timer of process deadlines. */
    public ScheduledExecutorService deadlines() {
        return deadlines;
    }

    public void shutdown() {
        ExecutorServiceManager manager = context.getExecutorServiceManager();
        manager.shutdownNow(watcher);
        manager.shutdownNow(deadlines);
        if (ownsWorkers) {
            manager.shutdown(workers);
        }
    }
}
