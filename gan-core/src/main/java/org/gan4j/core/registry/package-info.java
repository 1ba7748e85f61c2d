/**
 * Finds providers through {@link java.util.ServiceLoader}, reports the broken ones and selects by id.
 */
@Experimental
package org.gan4j.core.registry;

import org.gan4j.api.Experimental;
