/**
 * The service provider interfaces: what {@link java.util.ServiceLoader} finds, and what a backend implements.
 *
 * <p>Every plugin is a {@code *Provider} with a unique {@link org.gan4j.api.spi.Provider#id() id}, registered
 * in {@code META-INF/services/<interface name>} (and, on the module path, with {@code provides ... with ...}).
 * A provider is a cheap, stateless factory with a public no-argument constructor; its {@code create} method
 * validates hyperparameters and returns the role object.
 */
package org.gan4j.api.spi;
