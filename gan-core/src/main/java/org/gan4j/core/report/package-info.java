/** Files people and tools look at during and after a run: TensorBoard event files. */
@Experimental
package org.gan4j.core.report;

import org.gan4j.api.Experimental;
