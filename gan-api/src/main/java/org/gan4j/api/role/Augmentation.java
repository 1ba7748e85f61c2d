package org.gan4j.api.role;

import org.gan4j.api.Experimental;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * Transforms the images the discriminator sees, real and generated alike, inside the training step: differentiable
 * augmentation (Zhao, Liu, Lin, Zhu &amp; Han, "Differentiable Augmentation for Data-Efficient GAN Training", NeurIPS
 * 2020) and its kin, such as adaptive augmentation (Karras et al., NeurIPS 2020). With an augmentation T the trainer
 * scores D(T(x)) and D(T(G(z))) in both players' losses, so the generator learns through T, and the regularizers see
 * the discriminator D∘T.
 *
 * <p>What an augmentation does:
 * <ul>
 *   <li>it takes images [n, height, width, channels] (NHWC) whose dimensions are all known, with values in the data's
 *       range [−1, 1], and returns a tensor of the same shape and type;</li>
 *   <li>it is differentiable with respect to the images: it uses only ops that have gradients, so the gradient of a
 *       generated image's score reaches the generator;</li>
 *   <li>it draws its randomness only from {@link Ops#randomUniform} and {@link Ops#randomNormal}, in streams of its
 *       own (named after its provider's id), so that the draws follow from the run's seed, the step and the order of
 *       the calls: a run is reproducible, and a resumed run draws what an uninterrupted one would. Each call draws
 *       anew, so the real and the generated batch get independent transforms;</li>
 *   <li>it is called while the backend traces, once per batch it transforms; no Java code of it runs per step. It
 *       creates no variables.</li>
 * </ul>
 *
 * @since 0.1
 */
@Experimental
public interface Augmentation {
    /**
     * @param ops the backend's ops
     * @param images a batch [n, height, width, channels], every dimension known, values in [−1, 1]
     * @return the transformed batch, of the same shape and type
     */
    Tensor augment(Ops ops, Tensor images);
}
