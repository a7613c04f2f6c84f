/**
 * Camel messages in and out: the file ids a message names, the upload of its body (under a name with an extension
 * the service accepts), the service's answers and error codes as headers, and result tracks as bodies (stream caches
 * of package {@code spool}). The header names are {@link io.github.camellalal.component.message.HeaderNames}, the
 * values users find in {@code LalalConstants}.
 *
 * <p>Not an API: the component's machinery, public only where its Camel classes need it.
 */
package io.github.camellalal.component.message;
