/**
 * Contract tests a plugin's own test extends with one small subclass, as Micrometer's compatibility kit does:
 * each rule is one {@code @DisplayName} sentence. {@link org.gan4j.tck.ProviderContract} holds the rules every
 * provider obeys; kinds add their own contracts on top.
 */
@Experimental
package org.gan4j.tck;

import org.gan4j.api.Experimental;
