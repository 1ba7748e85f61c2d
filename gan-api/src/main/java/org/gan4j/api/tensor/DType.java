package org.gan4j.api.tensor;

import org.gan4j.api.Stable;

/**
 * Element types a backend must support for tensors that plugins see.
 *
 * @since 0.1
 */
@Stable
public enum DType {
    /** 32-bit IEEE float: the type of models, data and losses. */
    FLOAT32,
    /** 64-bit IEEE float: for gradient checks and evaluation in double precision. */
    FLOAT64
}
