/**
 * An endpoint's options as values the machinery reads: checked when the endpoint is created
 * ({@link io.github.camellalal.component.options.EndpointOptions}), the split settings of each exchange, and the
 * client they configure. The root package builds these values from its {@code LalalConfiguration}.
 *
 * <p>Not an API: the component's machinery, public only where its Camel classes need it.
 */
package io.github.camellalal.component.options;
