/**
 * The process operation: its flow (upload, split, wait, download), the threads it runs on (workers, the watcher
 * thread, the deadline timer) and the watcher that waits for many tasks without a thread each. The producer starts
 * the flow with what one exchange runs with ({@code ProcessFlow.Run}): options and the tracks' delivery as values.
 *
 * <p>Not an API: the component's machinery, public only where its Camel classes need it.
 */
package io.github.camellalal.component.process;
