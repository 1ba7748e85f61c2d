/**
 * Finds providers through {@link java.util.ServiceLoader}, reports the broken ones and selects by id.
 */
package org.gan4j.core.registry;
