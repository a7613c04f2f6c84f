package io.github.camellalal.component.store;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceHelper;

/** Stores as a consumer has them: started. */
final class StartedStores {

    private StartedStores() {
    }

    /** A started store in {@code repository}. */
    static StateRepositoryTaskStore started(StateRepository<String, String> repository) {
        StateRepositoryTaskStore store = new StateRepositoryTaskStore(repository);
        ServiceHelper.startService(store);
        return store;
    }
}
