package io.github.camellalal.component.tasks;

import io.github.camellalal.component.store.JdbcTaskStore;
import io.github.camellalal.component.store.MemoryTaskStore;
import io.github.camellalal.component.store.StateRepositoryTaskStore;
import io.github.camellalal.component.store.TaskStore;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.camel.spi.StateRepository;

/**
 * Picks the task store the options ask for: taskStore, else dataSource, else stateRepository, else memory.
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class TaskStores {

    private TaskStores() {
    }

    /**
     * The store a tasks consumer uses.
     *
     * @param store the store
     * @param owned whether the consumer created it (and so stops it); a taskStore bean belongs to the user
     */
    public record Choice(TaskStore store, boolean owned) {
    }

    /**
     * The store a tasks consumer uses, from the endpoint's options taskStore, dataSource, stateRepository and
     * leaseDuration (milliseconds).
     */
    public static Choice forConsumer(TaskStore taskStore, DataSource dataSource,
            StateRepository<String, String> stateRepository, long leaseDuration) {
        if (taskStore != null) {
            return new Choice(taskStore, false);
        }
        if (dataSource != null) {
            return new Choice(jdbc(dataSource, leaseDuration), true);
        }
        if (stateRepository != null) {
            return new Choice(new StateRepositoryTaskStore(stateRepository), true);
        }
        return new Choice(new MemoryTaskStore(), true);
    }

    /**
     * The store that producers write to when no tasks consumer runs here, or {@code null} if none is shared; from the
     * component's options taskStore, dataSource and leaseDuration (milliseconds).
     */
    public static TaskStore sharedOrNull(TaskStore taskStore, DataSource dataSource, long leaseDuration) {
        if (taskStore != null) {
            return taskStore.isShared() ? taskStore : null;
        }
        return dataSource != null ? jdbc(dataSource, leaseDuration) : null;
    }

    private static JdbcTaskStore jdbc(DataSource dataSource, long leaseDuration) {
        return new JdbcTaskStore(dataSource, Duration.ofMillis(leaseDuration));
    }
}
