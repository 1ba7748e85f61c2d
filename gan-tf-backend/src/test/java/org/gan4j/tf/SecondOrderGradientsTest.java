package org.gan4j.tf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Second-order gradients through the ops whose gradients TensorFlow lacks (ReluGrad, BiasAddGrad, SoftplusGrad,
 * TanhGrad, SigmoidGrad, SqrtGrad), checked against central finite differences in float64: the analytic
 * uᵀ·H·v equals (⟨∇f(θ + εu), v⟩ − ⟨∇f(θ − εu), v⟩) / 2ε.
 */
class SecondOrderGradientsTest {
    private static final double EPSILON = 1e-6;

    private static double[] random(int n, SplittableRandom r) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = r.nextGaussian();
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    @DisplayName("a Hessian-vector product through ReLU, bias, tanh, sigmoid, softplus and sqrt matches finite differences")
    void hessianVectorProductMatchesFiniteDifferences() {
        SplittableRandom r = new SplittableRandom(4);
        double[] w0 = random(3 * 5, r);
        double[] b0 = random(5, r);
        double[] vw = random(15, r);
        double[] vb = random(5, r);
        double[] uw = random(15, r);
        double[] ub = random(5, r);
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Tensor x = ops.constant(HostTensor.of(Shape.of(4, 3), random(12, r)));
            Tensor w = c.input("w", Shape.of(3, 5), DType.FLOAT64);
            Tensor b = c.input("b", Shape.of(5), DType.FLOAT64);
            Tensor h = ops.relu(ops.biasAdd(ops.matmul(x, w), b));
            Tensor h2 = ops.mul(ops.tanh(h), ops.sigmoid(ops.neg(h)));
            Tensor f = ops.add(ops.mean(ops.softplus(h2)), ops.sqrt(ops.add(ops.sum(ops.square(w)), ops.constant(1))));
            List<Tensor> g = ops.gradients(f, List.of(w, b));
            Tensor vwT = ops.constant(HostTensor.of(Shape.of(3, 5), vw));
            Tensor vbT = ops.constant(HostTensor.of(Shape.of(5), vb));
            Tensor directional = ops.add(ops.sum(ops.mul(g.get(0), vwT)), ops.sum(ops.mul(g.get(1), vbT)));
            List<Tensor> hv = ops.gradients(directional, List.of(w, b));
            CompiledStep step = c.compile(new StepDefinition("hvp", List.of(),
                    Map.of("directional", directional, "hvW", hv.get(0), "hvB", hv.get(1))));

            Map<String, HostTensor> at = c.run(step, Map.of(w, HostTensor.of(Shape.of(3, 5), w0),
                    b, HostTensor.of(Shape.of(5), b0)), 0);
            double analytic = dot(at.get("hvW").toDoubleArray(), uw) + dot(at.get("hvB").toDoubleArray(), ub);
            double[] shifted = new double[2];
            for (int sign = 0; sign < 2; sign++) {
                double e = sign == 0 ? EPSILON : -EPSILON;
                double[] w1 = w0.clone();
                double[] b1 = b0.clone();
                for (int i = 0; i < w1.length; i++) {
                    w1[i] += e * uw[i];
                }
                for (int i = 0; i < b1.length; i++) {
                    b1[i] += e * ub[i];
                }
                shifted[sign] = c.run(step, Map.of(w, HostTensor.of(Shape.of(3, 5), w1), b, HostTensor.of(Shape.of(5), b1)), 0)
                        .get("directional").scalarValue();
            }
            double numeric = (shifted[0] - shifted[1]) / (2 * EPSILON);
            assertThat(Math.abs(analytic)).as("a non-trivial second derivative").isGreaterThan(1e-3);
            assertThat(Math.abs(analytic - numeric) / Math.abs(numeric)).as("analytic %s vs numeric %s", analytic, numeric)
                    .isLessThan(1e-6);
        }
    }

    @Test
    @DisplayName("the gradient of a gradient norm through a ReLU network (as in WGAN-GP) matches finite differences")
    void gradientPenaltyMatchesFiniteDifferences() {
        SplittableRandom r = new SplittableRandom(9);
        double[] w0 = random(2 * 6, r);
        double[] u = random(12, r);
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Tensor x = ops.constant(HostTensor.of(Shape.of(5, 2), random(10, r)));
            Tensor w = c.input("w", Shape.of(2, 6), DType.FLOAT64);
            Tensor w2 = ops.constant(HostTensor.of(Shape.of(6, 1), random(6, r)));
            Tensor score = ops.sum(ops.matmul(ops.relu(ops.matmul(x, w)), w2));
            Tensor dx = ops.gradients(score, List.of(x)).get(0);
            Tensor norms = ops.sqrt(ops.sum(ops.square(dx), 1));
            Tensor penalty = ops.mean(ops.square(ops.sub(norms, ops.constant(1))));
            Tensor dw = ops.gradients(penalty, List.of(w)).get(0);
            CompiledStep step = c.compile(new StepDefinition("gp", List.of(), Map.of("penalty", penalty, "dw", dw)));
            double analytic = dot(c.run(step, Map.of(w, HostTensor.of(Shape.of(2, 6), w0)), 0).get("dw").toDoubleArray(), u);
            double[] at = new double[2];
            for (int sign = 0; sign < 2; sign++) {
                double[] w1 = w0.clone();
                for (int i = 0; i < w1.length; i++) {
                    w1[i] += (sign == 0 ? EPSILON : -EPSILON) * u[i];
                }
                at[sign] = c.run(step, Map.of(w, HostTensor.of(Shape.of(2, 6), w1)), 0).get("penalty").scalarValue();
            }
            double numeric = (at[0] - at[1]) / (2 * EPSILON);
            assertThat(Math.abs(analytic)).isGreaterThan(1e-3);
            assertThat(Math.abs(analytic - numeric) / Math.abs(numeric)).as("analytic %s vs numeric %s", analytic, numeric)
                    .isLessThan(1e-6);
        }
    }
}
