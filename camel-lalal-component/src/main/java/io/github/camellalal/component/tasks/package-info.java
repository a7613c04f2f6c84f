/**
 * What the component does with the service's tasks besides routing them: hands the tasks producers started to the
 * {@code lalal:tasks} consumers, picks and writes their task store, counts the attempts of each event, tells a file
 * the service no longer knows, paces check requests, reads the outcome of a split, and makes the exception of a task
 * that did not deliver ({@link io.github.camellalal.component.tasks.TaskFailure}).
 *
 * <p>Not an API: the component's machinery, public only where its Camel classes need it. The task store SPI is
 * {@link io.github.camellalal.component.store}.
 */
package io.github.camellalal.component.tasks;
