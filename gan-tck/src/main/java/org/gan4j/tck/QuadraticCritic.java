package org.gan4j.tck;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * The critic D(x) = ½ Σ<sub>j</sub> a<sub>j</sub>·x<sub>j</sub>² on samples [n, f], for a given a [f, 1]: its input
 * gradient ∇<sub>x</sub> D = a ⊙ x differs from point to point, so a penalty on it depends on where it is evaluated.
 * With a group size m &gt; 1 it scores m consecutive samples together, as a packed discriminator does, by the sum of
 * their values; each sample's gradient is still a ⊙ x. It records every batch it is asked to score, so a test can
 * fetch the points a regularizer evaluated it at. It owns no variables.
 */
public final class QuadraticCritic implements Discriminator {
    private final Tensor a;
    private final int groupSize;
    private final List<Tensor> scored = new ArrayList<>();

    /**
     * @param a the weights [f, 1], a constant or an input of the computation
     * @param groupSize m &ge; 1, how many consecutive samples one score judges
     */
    public QuadraticCritic(Tensor a, int groupSize) {
        if (groupSize < 1) {
            throw new IllegalArgumentException("groupSize = " + groupSize + " is invalid; it must be >= 1");
        }
        this.a = a;
        this.groupSize = groupSize;
    }

    @Override
    public Tensor score(Ops ops, Tensor samples) {
        scored.add(samples);
        Tensor values = ops.mul(ops.constant(0.5), ops.matmul(ops.square(samples), a));
        if (groupSize == 1) {
            return values;
        }
        Tensor groups = ops.sum(ops.reshape(values, Shape.of(Shape.UNKNOWN, groupSize)), 1);
        return ops.reshape(groups, Shape.of(Shape.UNKNOWN, 1));
    }

    @Override
    public List<Variable> variables() {
        return List.of();
    }

    @Override
    public int groupSize() {
        return groupSize;
    }

    /** @return the batches {@link #score} was called with, in order */
    public List<Tensor> scored() {
        return List.copyOf(scored);
    }

    /**
     * @param a the weights, as numbers
     * @param x one sample
     * @return ‖∇<sub>x</sub> D‖₂ = ‖a ⊙ x‖₂ at {@code x}, from the closed form
     */
    public static double gradientNorm(double[] a, double[] x) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            sum += a[j] * x[j] * a[j] * x[j];
        }
        return Math.sqrt(sum);
    }
}
