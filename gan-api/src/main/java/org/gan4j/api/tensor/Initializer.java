package org.gan4j.api.tensor;

import java.util.random.RandomGenerator;
import org.gan4j.api.Stable;

/**
 * Computes the initial value of a {@link Variable} on the host.
 *
 * <p>The backend calls it once per variable with {@code new SplittableRandom(Seeds.derive(seed, "init:" + name))}
 * ({@link org.gan4j.api.Seeds}), the run's seed and the variable's name, so initial weights are identical on every
 * backend and in every JVM for the same seed; {@code BackendContract} checks it.
 *
 * @since 0.1
 */
@Stable
@FunctionalInterface
public interface Initializer {
    /**
     * @param shape the variable's shape, fully defined
     * @param random the variable's own random stream
     * @return the initial value, of exactly that shape
     */
    HostTensor initialValue(Shape shape, RandomGenerator random);

    /** @return an initializer that fills with zeros */
    static Initializer zeros() {
        return (shape, random) -> HostTensor.zeros(shape);
    }

    /**
     * @param value the value of every element
     * @return an initializer that fills with {@code value}
     */
    static Initializer constant(float value) {
        return (shape, random) -> HostTensor.filled(shape, value);
    }

    /**
     * Glorot (Xavier) uniform: U[-a, a] with a = sqrt(6 / (fanIn + fanOut)) (Glorot &amp; Bengio 2010). fanIn is the
     * product of all dimensions but the last and fanOut the last dimension; for a convolution kernel (rank ≥ 3,
     * [kh, kw, ..., c_in, c_out]) fanOut is c_out times the receptive field kh·kw···, as Keras counts it.
     *
     * @return the initializer
     */
    static Initializer glorotUniform() {
        return (shape, random) -> {
            long fanOut = shape.rank() == 0 ? 1 : shape.size(-1);
            long fanIn = shape.numElements() / Math.max(1, fanOut);
            if (shape.rank() >= 3) {
                fanOut *= fanIn / shape.size(-2); // the receptive field
            }
            double limit = Math.sqrt(6.0 / (fanIn + fanOut));
            float[] values = new float[Math.toIntExact(shape.numElements())];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) random.nextDouble(-limit, limit);
            }
            return HostTensor.of(shape, values);
        };
    }

    /**
     * N(0, stddev²), as Radford et al.'s DCGAN initializes every weight with stddev 0.02.
     *
     * @param stddev the standard deviation, &gt; 0
     * @return the initializer
     */
    static Initializer normal(double stddev) {
        if (!(stddev > 0)) {
            throw new IllegalArgumentException("a normal initializer needs stddev > 0, got " + stddev);
        }
        return (shape, random) -> {
            float[] values = new float[Math.toIntExact(shape.numElements())];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) (random.nextGaussian() * stddev);
            }
            return HostTensor.of(shape, values);
        };
    }

    /**
     * He (Kaiming) normal: N(0, 2 / fanIn), fanIn as in {@link #glorotUniform()} (He et al. 2015).
     *
     * @return the initializer
     */
    static Initializer heNormal() {
        return (shape, random) -> {
            long fanOut = shape.rank() == 0 ? 1 : shape.size(-1);
            long fanIn = shape.numElements() / Math.max(1, fanOut);
            double std = Math.sqrt(2.0 / fanIn);
            float[] values = new float[Math.toIntExact(shape.numElements())];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) (random.nextGaussian() * std);
            }
            return HostTensor.of(shape, values);
        };
    }
}
