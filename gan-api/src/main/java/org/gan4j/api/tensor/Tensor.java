package org.gan4j.api.tensor;

import org.gan4j.api.Stable;

/**
 * A symbolic tensor: the value of a backend node at run time.
 *
 * <p>Tensors are created by {@link Ops} and are valid only with the {@code Ops} (and so the backend
 * computation) that made them. Their shape is what the backend could infer while tracing; it may contain
 * {@link Shape#UNKNOWN} dimensions.
 *
 * @since 0.1
 */
@Stable
public interface Tensor {
    /** @return the static shape of this tensor */
    Shape shape();

    /** @return the element type */
    DType dtype();
}
