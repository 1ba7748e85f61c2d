package org.gan4j.optimizers.cg;

import org.gan4j.api.tensor.Tensor;

/**
 * The scalar products of one parameter tensor that every rule's b<sub>t</sub> is made of, with
 * y<sub>t</sub> = g<sub>t</sub> − g<sub>t−1</sub>.
 *
 * @param gg ‖g<sub>t</sub>‖²
 * @param previousGg ‖g<sub>t−1</sub>‖²
 * @param gy g<sub>t</sub>ᵀy<sub>t</sub>
 * @param dy d<sub>t−1</sub>ᵀy<sub>t</sub>
 * @param yy ‖y<sub>t</sub>‖²
 * @param gd g<sub>t</sub>ᵀd<sub>t−1</sub>
 */
record CgInnerProducts(Tensor gg, Tensor previousGg, Tensor gy, Tensor dy, Tensor yy, Tensor gd) {
}
