package io.github.camellalal.component.tasks;

/**
 * Makes the exception of a file whose task did not deliver. The component passes its {@code LalalTaskException}'s
 * constructor, so that the machinery fails with the type users catch without naming it.
 *
 * <p>Not an API: public for the component's own classes only.
 */
@FunctionalInterface
public interface TaskFailure {
    /**
     * The exception for a file whose task did not deliver.
     *
     * @param state        how it ended: {@code error}, {@code cancelled}, {@code expired}, {@code timeout},
     *                     {@code stopped}, {@code preview} or {@code unknown}
     * @param serviceError the service's error text, or {@code null}
     */
    RuntimeException of(String fileId, String state, String serviceError, String message);
}
