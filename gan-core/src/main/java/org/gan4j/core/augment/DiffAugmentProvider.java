package org.gan4j.core.augment;

import java.util.Set;
import org.gan4j.api.GanException;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Augmentation;
import org.gan4j.api.spi.AugmentationProvider;
import org.gan4j.api.tensor.Shape;

/**
 * Provides {@link DiffAugment} as {@value #ID}; its setting {@value #POLICY} names the policies joined by {@code +}
 * (default {@value DiffAugmentPolicy#DEFAULT}).
 */
public final class DiffAugmentProvider implements AugmentationProvider {
    /** The id. */
    public static final String ID = "diffaugment";
    /** The setting that names the policies. */
    static final String POLICY = "policy";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "differentiable augmentation of real and generated images, policy=color+translation+cutout "
                + "(Zhao et al. 2020)";
    }

    @Override
    public Augmentation create(Shape sampleShape, Hyperparameters hyperparameters) {
        hyperparameters.requireOnly(ID, Set.of(POLICY));
        DiffAugment augmentation = new DiffAugment(DiffAugmentPolicy.parse(ID, POLICY,
                hyperparameters.getString(ID, POLICY, DiffAugmentPolicy.DEFAULT)));
        if (sampleShape.rank() != 3 || !sampleShape.isFullyDefined()) {
            throw new GanException(ID + " transforms images [height, width, channels], but these samples have shape "
                    + sampleShape + "; use it with image data");
        }
        return augmentation;
    }
}
