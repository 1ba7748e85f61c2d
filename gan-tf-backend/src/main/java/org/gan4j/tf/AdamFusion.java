package org.gan4j.tf;

import java.util.List;
import org.gan4j.api.tensor.Tensor;

/**
 * What {@link TfOps#adamUpdate} returned, remembered so that {@link TfComputation#compile} can replace the
 * three assignments θ ← θ', m ← m', v ← v' by one in-place {@code ApplyAdam}, when a step makes exactly those.
 *
 * @param theta θ
 * @param m the first moment
 * @param v the second moment
 * @param results θ', m', v' as composed ops (used wherever the fused kernel is not)
 * @param gradient g
 * @param learningRate η
 * @param beta1Power β1^t
 * @param beta2Power β2^t
 * @param beta1 β1
 * @param beta2 β2
 * @param epsilon ε
 */
record AdamFusion(TfVariable theta, TfVariable m, TfVariable v, List<Tensor> results, TfTensor gradient,
        TfTensor learningRate, TfTensor beta1Power, TfTensor beta2Power, double beta1, double beta2, double epsilon) {

    /** @return the variables written, in the order of {@link #results()} */
    List<TfVariable> targets() {
        return List.of(theta, m, v);
    }
}
