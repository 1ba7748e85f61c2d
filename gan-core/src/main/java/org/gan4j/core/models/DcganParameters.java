package org.gan4j.core.models;

import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.core.layers.BatchNorm;

/**
 * Settings of the {@code dcgan} generator and discriminator (TensorFlow's DCGAN tutorial network, one more stride-2
 * layer per doubling of the image side above 32 pixels).
 *
 * @param latent latent dimensions, key {@code latent}; default {@value #DEFAULT_LATENT} (generator only)
 * @param batchNorm {@code fused} (fast) or {@code composed} (differentiable twice, for {@code cgd} and
 *     {@code acgd}), key {@code batch-norm}; default fused (generator only)
 * @param slope the LeakyReLU slope, key {@code slope}; default {@value #DEFAULT_SLOPE} (Keras' default, which the
 *     tutorial uses)
 * @param dropout the discriminator's dropout rate, key {@code dropout}; default {@value #DEFAULT_DROPOUT}
 */
public record DcganParameters(int latent, BatchNorm.Kind batchNorm, double slope, double dropout) {
    /** The tutorial's noise size. */
    public static final int DEFAULT_LATENT = 100;
    /** Keras' LeakyReLU default slope. */
    public static final double DEFAULT_SLOPE = 0.3;
    /** The tutorial's dropout rate. */
    public static final double DEFAULT_DROPOUT = 0.3;

    /** Validates. */
    public DcganParameters {
        Check.positive("dcgan", "latent", latent);
        Check.inHalfOpenRange("dcgan", "slope", slope, 0, 1);
        Check.inHalfOpenRange("dcgan", "dropout", dropout, 0, 1);
    }

    /**
     * @param h the user's generator settings
     * @return the validated record, defaults filled in
     */
    public static DcganParameters forGenerator(Hyperparameters h) {
        String owner = "generator " + DcganGeneratorProvider.ID;
        h.requireOnly(owner, Set.of("latent", BatchNormSetting.KEY, "slope"));
        return new DcganParameters(h.getInt(owner, "latent", DEFAULT_LATENT), BatchNormSetting.read(owner, h),
                h.getDouble(owner, "slope", DEFAULT_SLOPE), DEFAULT_DROPOUT);
    }

    /**
     * @param h the user's discriminator settings
     * @return the validated record, defaults filled in
     */
    public static DcganParameters forDiscriminator(Hyperparameters h) {
        String owner = "discriminator " + DcganDiscriminatorProvider.ID;
        h.requireOnly(owner, Set.of("slope", "dropout"));
        return new DcganParameters(DEFAULT_LATENT, BatchNorm.Kind.FUSED, h.getDouble(owner, "slope", DEFAULT_SLOPE),
                h.getDouble(owner, "dropout", DEFAULT_DROPOUT));
    }
}
