package org.gan4j.core.train;

import java.util.SplittableRandom;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * The distribution of the generator's latent noise z. The trainer draws it in the graph from a keyed stream; an
 * exported generator's users draw it in Java ({@link #draw(int, int, long)}), so both sides must agree on it.
 */
public enum NoisePrior {
    /** z ~ N(0, I), as DCGAN and most GANs since draw it. */
    NORMAL {
        @Override
        public Tensor draw(Ops ops, Shape shape, String stream) {
            return ops.randomNormal(shape, stream);
        }

        @Override
        float next(SplittableRandom random) {
            return (float) random.nextGaussian();
        }
    },
    /** z ~ U[−1, 1]<sup>d</sup>, as the original GAN and early DCGAN code drew it. */
    UNIFORM {
        @Override
        public Tensor draw(Ops ops, Shape shape, String stream) {
            return ops.sub(ops.mul(ops.randomUniform(shape, stream), ops.constant(2)), ops.constant(1));
        }

        @Override
        float next(SplittableRandom random) {
            return (float) (2 * random.nextDouble() - 1);
        }
    };

    /**
     * @param ops the ops
     * @param shape [batch, latent]
     * @param stream the random stream
     * @return noise of that shape, FLOAT32
     */
    public abstract Tensor draw(Ops ops, Shape shape, String stream);

    abstract float next(SplittableRandom random);

    /**
     * Noise drawn in Java from a seed, so that any process draws the same.
     *
     * @param n samples
     * @param latent their size
     * @param seed the seed
     * @return [n, latent], the values of one {@code SplittableRandom(seed)} in row-major order
     */
    public HostTensor draw(int n, int latent, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] z = new float[n * latent];
        for (int i = 0; i < z.length; i++) {
            z[i] = next(random);
        }
        return HostTensor.of(Shape.of(n, latent), z);
    }
}
