package org.gan4j.core.augment;

import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.api.role.Augmentation;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * Differentiable augmentation (Zhao, Liu, Lin, Zhu &amp; Han, "Differentiable Augmentation for Data-Efficient GAN
 * Training", NeurIPS 2020; reference code github.com/mit-han-lab/data-efficient-gans, {@code DiffAugment_pytorch.py}):
 * its policies applied in order, each image of a batch drawing its own transform. The formulas are those of
 * {@link ColorTransforms}, {@link Translation} and {@link Cutout}; every draw comes from the keyed stream
 * {@value #STREAM}, so a run is reproducible and a resumed run draws the same transforms.
 */
final class DiffAugment implements Augmentation {
    /** The random stream every draw comes from. */
    static final String STREAM = "diffaugment";

    private final List<DiffAugmentPolicy> policies;

    /** @param policies the policies, applied in this order */
    DiffAugment(List<DiffAugmentPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    @Override
    public Tensor augment(Ops ops, Tensor images) {
        if (images.shape().rank() != 4 || !images.shape().isFullyDefined()) {
            throw new GanException(DiffAugmentProvider.ID + " transforms batches of images [n, height, width, channels] "
                    + "whose size is known, got a tensor of shape " + images.shape());
        }
        Tensor x = images;
        for (DiffAugmentPolicy policy : policies) {
            x = policy.apply(ops, x, STREAM);
        }
        return x;
    }

    /** @return the policies, in order */
    List<DiffAugmentPolicy> policies() {
        return policies;
    }
}
