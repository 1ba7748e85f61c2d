/**
 * Symbolic tensors and the op vocabulary that roles and plugins build their computations with.
 *
 * <p>Nothing here computes eagerly. A backend hands out an {@link org.gan4j.api.tensor.Ops} while it
 * traces; each call adds a node to the backend's graph and returns a {@link org.gan4j.api.tensor.Tensor}
 * that stands for the node's value at run time. Values cross between Java and the backend as
 * {@link org.gan4j.api.tensor.HostTensor}.
 */
package org.gan4j.api.tensor;
