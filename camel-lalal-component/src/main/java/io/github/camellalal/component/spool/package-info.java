/**
 * Track bodies as Camel stream caches: in memory up to the component's streamCacheThreshold, else spooled once to a
 * file that lives as long as the exchanges (and a waiting caller) holding it.
 *
 * <p>Not an API: the component's machinery, public only where its Camel classes need it.
 */
package io.github.camellalal.component.spool;
