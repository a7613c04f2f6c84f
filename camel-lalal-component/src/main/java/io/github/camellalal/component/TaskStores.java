package io.github.camellalal.component;

import io.github.camellalal.component.store.JdbcTaskStore;
import io.github.camellalal.component.store.MemoryTaskStore;
import io.github.camellalal.component.store.StateRepositoryTaskStore;
import io.github.camellalal.component.store.TaskStore;
import java.time.Duration;

/** Picks the task store the options ask for: taskStore, else dataSource, else stateRepository, else memory. */
final class TaskStores {

    private TaskStores() {
    }

    /**
     * The store a tasks consumer uses.
     *
     * @param store the store
     * @param owned whether the consumer created it (and so stops it); a taskStore bean belongs to the user
     */
    record Choice(TaskStore store, boolean owned) {
    }

    static Choice forConsumer(LalalConfiguration c) {
        if (c.getTaskStore() != null) {
            return new Choice(c.getTaskStore(), false);
        }
        if (c.getDataSource() != null) {
            return new Choice(jdbc(c), true);
        }
        if (c.getStateRepository() != null) {
            return new Choice(new StateRepositoryTaskStore(c.getStateRepository()), true);
        }
        return new Choice(new MemoryTaskStore(), true);
    }

    /** The store that producers write to when no tasks consumer runs here, or {@code null} if none is shared. */
    static TaskStore sharedOrNull(LalalConfiguration c) {
        if (c.getTaskStore() != null) {
            return c.getTaskStore().isShared() ? c.getTaskStore() : null;
        }
        return c.getDataSource() != null ? jdbc(c) : null;
    }

    private static JdbcTaskStore jdbc(LalalConfiguration c) {
        return new JdbcTaskStore(c.getDataSource(), Duration.ofMillis(c.getLeaseDuration()));
    }
}
