/**
 * Taking a trained generator away: an inference-only copy of it, exported in the backend's portable format and
 * loaded back in any process with the same results.
 */
@Experimental
package org.gan4j.core.export;

import org.gan4j.api.Experimental;
