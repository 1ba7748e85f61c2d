/**
 * Guice composition: {@link org.gan4j.core.inject.GanModule} binds every discovered provider and the framework's
 * defaults, which a user's module overrides through Guice's {@code OptionalBinder}. Only this package needs Guice;
 * the rest of gan-core works with plain {@link java.util.ServiceLoader} discovery.
 */
@Experimental
package org.gan4j.core.inject;

import org.gan4j.api.Experimental;
