package org.gan4j.tck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * First and second derivatives of y = Σ f(x) from a backend's {@code gradients}, and the same from central
 * finite differences of the backend's own values, in float64:
 * ∂y/∂xᵢ ≈ (y(x + h·eᵢ) − y(x − h·eᵢ)) / 2h and H·v ≈ (∇y(x + h·v) − ∇y(x − h·v)) / 2h.
 */
final class GradientCheck implements AutoCloseable {
    /** Step of the central differences: truncation error O(h²) ≈ 1e-10, rounding error ≈ 1e-16 / h ≈ 1e-11. */
    static final double H = 1e-5;

    private final Computation computation;
    private final Tensor x;
    private final CompiledStep step;
    private final double[] direction;

    /**
     * @param backend the backend under test
     * @param op the function
     * @param secondOrder whether to build the Hessian-vector product too
     * @param direction v, for the Hessian-vector product
     */
    GradientCheck(Backend backend, DifferentiableOp op, boolean secondOrder, double[] direction) {
        this.computation = backend.newComputation(0);
        this.direction = direction.clone();
        Ops ops = computation.ops();
        x = computation.input("x", Shape.of(DifferentiableOp.SIZE), DType.FLOAT64);
        Tensor y = ops.sum(op.function().apply(ops, x));
        Tensor gradient = ops.gradients(y, List.of(x)).get(0);
        Map<String, Tensor> fetches = new LinkedHashMap<>(Map.of("y", y, "gradient", gradient));
        if (secondOrder) {
            Tensor v = ops.constant(HostTensor.of(Shape.of(DifferentiableOp.SIZE), direction.clone()));
            fetches.put("hv", ops.gradients(ops.sum(ops.mul(gradient, v)), List.of(x)).get(0));
        }
        step = computation.compile(new StepDefinition("gradient-check", List.of(), fetches));
    }

    private Map<String, HostTensor> at(double[] point) {
        return computation.run(step, Map.of(x, HostTensor.of(Shape.of(point.length), point.clone())), 0);
    }

    /** @return ∇y at {@code point}, from the backend's gradient */
    double[] gradient(double[] point) {
        return at(point).get("gradient").toDoubleArray();
    }

    /** @return H·v at {@code point}, from the backend's second-order gradient */
    double[] hessianTimesDirection(double[] point) {
        return at(point).get("hv").toDoubleArray();
    }

    /** @return ∇y at {@code point} by central differences of y */
    double[] numericGradient(double[] point) {
        double[] out = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            out[i] = (at(shifted(point, unit(i, point.length), H)).get("y").scalarValue()
                    - at(shifted(point, unit(i, point.length), -H)).get("y").scalarValue()) / (2 * H);
        }
        return out;
    }

    /** @return H·v at {@code point} by central differences of the backend's gradient */
    double[] numericHessianTimesDirection(double[] point) {
        double[] plus = gradient(shifted(point, direction, H));
        double[] minus = gradient(shifted(point, direction, -H));
        double[] out = new double[plus.length];
        for (int i = 0; i < plus.length; i++) {
            out[i] = (plus[i] - minus[i]) / (2 * H);
        }
        return out;
    }

    private static double[] unit(int i, int n) {
        double[] e = new double[n];
        e[i] = 1;
        return e;
    }

    private static double[] shifted(double[] point, double[] along, double by) {
        double[] out = point.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += by * along[i];
        }
        return out;
    }

    @Override
    public void close() {
        computation.close();
    }
}
