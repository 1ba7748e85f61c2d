package org.gan4j.optimizers.cgd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gan4j.api.role.Game;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.tf.TfBackend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The mixed Hessian-vector products against central finite differences in double precision of the hand-derived
 * gradients of f(x, y) = (x₀² + 2x₁)(y₀y₁ + y₁²) + x₀y₀³:
 * <pre>
 * ∇_x f = (2x₀(y₀y₁ + y₁²) + y₀³,  2(y₀y₁ + y₁²))
 * ∇_y f = ((x₀² + 2x₁)y₁ + 3x₀y₀²,  (x₀² + 2x₁)(y₀ + 2y₁))
 * </pre>
 * D_xy v = d/dε ∇_x f(x, y + εv) and D_yx u = d/dε ∇_y f(x + εu, y).
 */
class MixedHessianTest {
    private static final double[] X = {0.7, -0.4};
    private static final double[] Y = {1.3, 0.6};
    private static final double[] V = {0.5, -1.5};
    private static final double[] U = {-0.8, 0.9};
    private static final double EPS = 1e-6;

    private static double[] gradX(double[] x, double[] y) {
        double s = y[0] * y[1] + y[1] * y[1];
        return new double[] {2 * x[0] * s + y[0] * y[0] * y[0], 2 * s};
    }

    private static double[] gradY(double[] x, double[] y) {
        double a = x[0] * x[0] + 2 * x[1];
        return new double[] {a * y[1] + 3 * x[0] * y[0] * y[0], a * (y[0] + 2 * y[1])};
    }

    private static double[] along(double[] p, double[] dir, double eps) {
        return new double[] {p[0] + eps * dir[0], p[1] + eps * dir[1]};
    }

    @Test
    @DisplayName("D_xy v and D_yx u equal double-precision central differences of the hand-derived gradients")
    void matchesFiniteDifferences() {
        double[] plusY = gradX(X, along(Y, V, EPS));
        double[] minusY = gradX(X, along(Y, V, -EPS));
        double[] dxyExpected = {(plusY[0] - minusY[0]) / (2 * EPS), (plusY[1] - minusY[1]) / (2 * EPS)};
        double[] plusX = gradY(along(X, U, EPS), Y);
        double[] minusX = gradY(along(X, U, -EPS), Y);
        double[] dyxExpected = {(plusX[0] - minusX[0]) / (2 * EPS), (plusX[1] - minusX[1]) / (2 * EPS)};
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Variable x = ops.variable("x", Shape.of(2), Initializer.zeros(), true);
            Variable y = ops.variable("y", Shape.of(2), Initializer.zeros(), true);
            c.write(x, HostTensor.of(Shape.of(2), new float[] {(float) X[0], (float) X[1]}));
            c.write(y, HostTensor.of(Shape.of(2), new float[] {(float) Y[0], (float) Y[1]}));
            Tensor x0 = component(ops, x, 0);
            Tensor x1 = component(ops, x, 1);
            Tensor y0 = component(ops, y, 0);
            Tensor y1 = component(ops, y, 1);
            Tensor a = ops.add(ops.square(x0), ops.mul(ops.constant(2), x1));
            Tensor f = ops.add(ops.mul(a, ops.add(ops.mul(y0, y1), ops.square(y1))),
                    ops.mul(x0, ops.mul(y0, ops.square(y0))));
            MixedHessian h = new MixedHessian(ops, new Game(f, List.of(x), List.of(y)));
            Tensor v = ops.constant(HostTensor.of(Shape.of(2), new float[] {(float) V[0], (float) V[1]}));
            Tensor u = ops.constant(HostTensor.of(Shape.of(2), new float[] {(float) U[0], (float) U[1]}));
            var out = c.run(c.compile(new StepDefinition("hvp", List.of(),
                    Map.of("dxy", h.dxy(List.of(v)).get(0), "dyx", h.dyx(List.of(u)).get(0)))), Map.of(), 0);
            assertThat(out.get("dxy").toDoubleArray()).containsExactly(dxyExpected, within(1e-4));
            assertThat(out.get("dyx").toDoubleArray()).containsExactly(dyxExpected, within(1e-4));
        }
    }

    private static Tensor component(Ops ops, Tensor vector, int i) {
        HostTensor mask = HostTensor.of(Shape.of(2), i == 0 ? new float[] {1, 0} : new float[] {0, 1});
        return ops.sum(ops.mul(vector, ops.constant(mask)));
    }
}
