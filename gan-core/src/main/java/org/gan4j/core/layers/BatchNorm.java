package org.gan4j.core.layers;

import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Batch normalization over every axis but the last (Ioffe &amp; Szegedy, ICML 2015). In training,
 * y = (x − μ_B)/√(σ²_B + ε)·γ + β with the batch's statistics, and the running statistics move by
 * <pre>
 * μ ← m·μ + (1 − m)·μ_B,   σ² ← m·σ² + (1 − m)·n/(n − 1)·σ²_B
 * </pre>
 * (the unbiased batch variance, as PyTorch and TensorFlow's fused kernel keep it; n values per channel). In
 * inference, y = (x − μ)/√(σ² + ε)·γ + β and nothing changes. Trainable {@code <name>_gamma} (ones) and
 * {@code <name>_beta} (zeros); non-trainable {@code <name>_mean} (zeros) and {@code <name>_variance} (ones), saved
 * with the model. Keras' defaults: m = 0.99, ε = 0.001.
 *
 * <p>{@link Kind#FUSED} uses the backend's {@link Ops#batchNormalization} (fast, first-order gradient only on
 * TensorFlow); {@link Kind#COMPOSED} builds it from basic ops, which competitive optimizers need because they
 * differentiate through the generator twice.
 */
public final class BatchNorm implements Layer {
    /** Keras' default momentum. */
    public static final double DEFAULT_MOMENTUM = 0.99;
    /** Keras' default ε. */
    public static final double DEFAULT_EPSILON = 1e-3;

    /** How the training-mode normalization is computed. */
    public enum Kind {
        /** The backend's kernel. */
        FUSED,
        /** Basic ops, differentiable twice. */
        COMPOSED
    }

    private final String name;
    private final double momentum;
    private final double epsilon;
    private final Kind kind;
    private Variable gamma;
    private Variable beta;
    private Variable runningMean;
    private Variable runningVariance;
    private List<Assignment> updates = List.of();

    /**
     * @param name the prefix of the variables' names
     * @param momentum m, in [0, 1)
     * @param epsilon ε, &gt; 0
     * @param kind fused or composed
     */
    public BatchNorm(String name, double momentum, double epsilon, Kind kind) {
        if (!(momentum >= 0 && momentum < 1) || !(epsilon > 0)) {
            throw new GanException("batch norm '" + name + "' needs momentum in [0, 1) and epsilon > 0, got momentum "
                    + momentum + " and epsilon " + epsilon);
        }
        this.name = name;
        this.momentum = momentum;
        this.epsilon = epsilon;
        this.kind = kind;
    }

    /**
     * @param name the prefix of the variables' names
     * @param kind fused or composed
     * @return a batch norm with Keras' momentum and ε
     */
    public static BatchNorm withDefaults(String name, Kind kind) {
        return new BatchNorm(name, DEFAULT_MOMENTUM, DEFAULT_EPSILON, kind);
    }

    @Override
    public Tensor apply(Ops ops, Tensor x, Mode mode) {
        long channels = x.shape().size(-1);
        if (gamma == null) {
            if (channels == Shape.UNKNOWN) {
                throw new GanException("batch norm '" + name + "' needs a known last dimension, got " + x.shape());
            }
            Shape shape = Shape.of(channels);
            gamma = ops.variable(name + "_gamma", shape, Initializer.constant(1f), true);
            beta = ops.variable(name + "_beta", shape, Initializer.zeros(), true);
            runningMean = ops.variable(name + "_mean", shape, Initializer.zeros(), false);
            runningVariance = ops.variable(name + "_variance", shape, Initializer.constant(1f), false);
        }
        Tensor scale = ops.weight(gamma);
        Tensor offset = ops.weight(beta);
        if (mode == Mode.INFERENCE) {
            Tensor factor = ops.div(scale, ops.sqrt(ops.add(runningVariance, ops.constant(epsilon))));
            return ops.add(ops.mul(ops.sub(x, runningMean), factor), offset);
        }
        List<Tensor> normalized = kind == Kind.FUSED ? ops.batchNormalization(x, scale, offset, epsilon)
                : Ops.composedBatchNormalization(ops, x, scale, offset, epsilon);
        long n = x.shape().numElements() / channels;
        double bessel = n > 1 ? n / (n - 1.0) : 1.0;
        Tensor keep = ops.constant(momentum);
        Tensor take = ops.constant(1 - momentum);
        Tensor batchMean = ops.stopGradient(normalized.get(1));
        Tensor batchVariance = ops.stopGradient(normalized.get(2));
        updates = List.of(
                new Assignment(runningMean, ops.add(ops.mul(runningMean, keep), ops.mul(batchMean, take))),
                new Assignment(runningVariance, ops.add(ops.mul(runningVariance, keep),
                        ops.mul(batchVariance, ops.constant((1 - momentum) * bessel)))));
        return normalized.get(0);
    }

    @Override
    public List<Variable> variables() {
        return gamma == null ? List.of() : List.of(gamma, beta);
    }

    @Override
    public List<Assignment> trainingUpdates() {
        return updates;
    }
}
