package org.gan4j.losses.regularizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.role.RegularizerInputs;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.tck.LinearCritic;
import org.gan4j.tck.QuadraticCritic;
import org.gan4j.tf.TfBackend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R1 = γ/2 · E‖∇<sub>x</sub> D(x)‖² on critics whose input gradient has a closed form, traced on the TensorFlow
 * backend. Linear D(x) = x·w: ∇D = w everywhere, so R1 = γ/2·‖w‖² and ∂R1/∂w = γ·w. Quadratic
 * D(x) = ½Σ a<sub>j</sub>x<sub>j</sub>²: ∇D = a ⊙ x, so R1 = γ/2 · mean<sub>i</sub> Σ<sub>j</sub> a<sub>j</sub>² x<sub>ij</sub>²
 * and ∂R1/∂a<sub>j</sub> = γ·a<sub>j</sub>·mean<sub>i</sub> x<sub>ij</sub>².
 */
class R1PenaltyTest {
    /** Four real samples; mean x₀² = mean x₁² = 0.5. */
    private static final float[] REAL = {1, 0, 0, 1, -1, 0, 0, -1};
    private static final Shape BATCH = Shape.of(4, 2);

    private static Regularizer r1(String settings) {
        return new R1PenaltyProvider().create(Hyperparameters.parse(settings));
    }

    /** @return {penalty, ∂penalty/∂w0, ∂penalty/∂w1} for the critic built on the fed weights w [2, 1] */
    private static double[] penalty(Regularizer regularizer, java.util.function.Function<Tensor, Discriminator> critic,
            float[] fake, float w0, float w1) {
        try (Computation c = new TfBackend().newComputation(1)) {
            Ops ops = c.ops();
            Tensor w = c.input("w", Shape.of(2, 1), DType.FLOAT32);
            Tensor real = ops.constant(HostTensor.of(BATCH, REAL.clone()));
            Tensor generated = ops.constant(HostTensor.of(BATCH, fake));
            Tensor p = regularizer.penalty(new RegularizerInputs(ops, real, generated, critic.apply(w)));
            Tensor dw = ops.gradients(p, List.of(w)).get(0);
            var out = c.run(c.compile(new StepDefinition("r1", List.of(), Map.of("p", p, "dw", dw))),
                    Map.of(w, HostTensor.of(Shape.of(2, 1), new float[] {w0, w1})), 0);
            double[] dwValues = out.get("dw").toDoubleArray();
            return new double[] {out.get("p").scalarValue(), dwValues[0], dwValues[1]};
        }
    }

    private static float[] someFake() {
        return new float[] {2, 2, -3, 1, 0.5f, 0.5f, 0, 0};
    }

    @Test
    @DisplayName("linear critic, w = (3, 4), γ = 10 (the default): R1 = 5·25 = 125 and ∂R1/∂w = γ·w = (30, 40)")
    void linearCritic() {
        double[] v = penalty(r1(""), LinearCritic::new, someFake(), 3, 4);
        assertThat(v[0]).isCloseTo(125, within(1e-4));
        assertThat(v[1]).isCloseTo(30, within(1e-4));
        assertThat(v[2]).isCloseTo(40, within(1e-4));
    }

    @Test
    @DisplayName("γ scales it: γ = 0.2 at w = (3, 4) gives 0.1·25 = 2.5 and gradient (0.6, 0.8)")
    void gammaScales() {
        double[] v = penalty(r1("gamma=0.2"), LinearCritic::new, someFake(), 3, 4);
        assertThat(v[0]).isCloseTo(2.5, within(1e-6));
        assertThat(v[1]).isCloseTo(0.6, within(1e-6));
        assertThat(v[2]).isCloseTo(0.8, within(1e-6));
    }

    @Test
    @DisplayName("quadratic critic, a = (1, 2): ‖a ⊙ x‖² = 1, 4, 1, 4 on the real samples, R1 = 5·2.5 = 12.5, "
            + "∂R1/∂a = 10·a·0.5 = (5, 10), with a generated batch of NaN, which it never reads")
    void quadraticCriticIgnoresFake() {
        float[] nan = new float[8];
        java.util.Arrays.fill(nan, Float.NaN);
        double[] v = penalty(r1(""), a -> new QuadraticCritic(a, 1), nan, 1, 2);
        assertThat(v[0]).isCloseTo(12.5, within(1e-5));
        assertThat(v[1]).isCloseTo(5, within(1e-5));
        assertThat(v[2]).isCloseTo(10, within(1e-5));
        assertThat(penalty(r1(""), a -> new QuadraticCritic(a, 1), someFake(), 1, 2)).containsExactly(v);
    }

    @Test
    @DisplayName("every: the penalty interval the trainer reads, 1 by default, 16 as StyleGAN2 sets it")
    void every() {
        assertThat(r1("").penaltyInterval()).isEqualTo(1);
        assertThat(r1("every=16").penaltyInterval()).isEqualTo(16);
        assertThat(r1("gamma=1,every=2").penaltyInterval()).isEqualTo(2);
    }

    @Test
    @DisplayName("bad settings name the provider, the setting, the value and what is allowed")
    void invalidSettings() {
        assertThatThrownBy(() -> r1("gamma=0")).isInstanceOf(InvalidHyperparameterException.class)
                .hasMessage("r1: gamma = 0.0 is invalid; it must be a finite number > 0.");
        assertThatThrownBy(() -> r1("gamma=-1")).isInstanceOf(InvalidHyperparameterException.class)
                .hasMessage("r1: gamma = -1.0 is invalid; it must be a finite number > 0.");
        assertThatThrownBy(() -> r1("every=0")).isInstanceOf(InvalidHyperparameterException.class)
                .hasMessage("r1: every = 0 is invalid; it must be an integer >= 1.");
        assertThatThrownBy(() -> r1("every=2.5")).isInstanceOf(InvalidHyperparameterException.class)
                .hasMessage("r1: every = '2.5' is not an integer; write it like 128.");
        assertThatThrownBy(() -> r1("lambda=10")).isInstanceOf(InvalidHyperparameterException.class)
                .hasMessage("r1 does not know the setting [lambda]; it knows [every, gamma].");
    }
}
