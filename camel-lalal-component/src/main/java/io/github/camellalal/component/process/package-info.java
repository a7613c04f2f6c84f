/**
 * The threads of the process operation (workers, the watcher thread, the deadline timer) and the watcher that waits
 * for many tasks without a thread each. The flow itself, which speaks exchanges and options, is the root package's
 * {@code ProcessFlow}.
 *
 * <p>Not an API: the component's machinery, public only where its Camel classes need it.
 */
package io.github.camellalal.component.process;
