package org.gan4j.tck;

import java.util.List;
import java.util.function.BiFunction;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Padding;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * An op of {@code Ops} as a function of one float64 vector, for gradient checks against finite differences.
 * Each is evaluated at points away from its kinks (0 for ReLU and |x|, the bounds of clip), where it is smooth.
 *
 * @param name what the check is called
 * @param function builds f(x) for x of shape [{@value #SIZE}]
 */
record DifferentiableOp(String name, BiFunction<Ops, Tensor, Tensor> function) {
    /** The length of the vector every op is checked on. */
    static final int SIZE = 6;
    /** x: no element at a kink of any op below (0, ±0.5, 0.3, or a tie for the maximum). */
    static final double[] POINT = {0.7, -1.3, 0.2, 1.9, -0.45, 1.1};

    private static Tensor constant(Ops ops, Shape shape, double... values) {
        return ops.constant(HostTensor.of(shape, values));
    }

    /** @return every differentiable op of {@code Ops}, alone or composed with what it needs */
    static List<DifferentiableOp> all() {
        return List.of(
                new DifferentiableOp("add", (o, x) -> o.add(x, o.square(x))),
                new DifferentiableOp("sub", (o, x) -> o.sub(o.square(x), x)),
                new DifferentiableOp("mul", (o, x) -> o.mul(x, o.exp(x))),
                new DifferentiableOp("div", (o, x) -> o.div(x, o.add(o.square(x), constant(o, Shape.scalar(), 2)))),
                new DifferentiableOp("divNoNan", (o, x) -> o.divNoNan(x, o.add(o.square(x), constant(o, Shape.scalar(), 1)))),
                new DifferentiableOp("neg", (o, x) -> o.neg(o.square(x))),
                new DifferentiableOp("square", Ops::square),
                new DifferentiableOp("sqrt", (o, x) -> o.sqrt(o.add(o.square(x), constant(o, Shape.scalar(), 1)))),
                new DifferentiableOp("exp", Ops::exp),
                new DifferentiableOp("log", (o, x) -> o.log(o.add(o.square(x), constant(o, Shape.scalar(), 1)))),
                new DifferentiableOp("abs", Ops::abs),
                new DifferentiableOp("maximum", (o, x) -> o.maximum(x, constant(o, Shape.scalar(), 0.3))),
                new DifferentiableOp("minimum", (o, x) -> o.minimum(x, constant(o, Shape.scalar(), 0.3))),
                new DifferentiableOp("clip", (o, x) -> o.clip(x, -0.5, 0.5)),
                new DifferentiableOp("where", (o, x) -> o.where(o.greater(x, constant(o, Shape.scalar(), 0)), o.square(x), o.exp(x))),
                new DifferentiableOp("relu", Ops::relu),
                new DifferentiableOp("leakyRelu", (o, x) -> o.leakyRelu(x, 0.2)),
                new DifferentiableOp("tanh", Ops::tanh),
                new DifferentiableOp("sigmoid", Ops::sigmoid),
                new DifferentiableOp("softplus", Ops::softplus),
                new DifferentiableOp("matmul", (o, x) -> o.matmul(o.reshape(x, Shape.of(2, 3)),
                        constant(o, Shape.of(3, 2), 0.5, -1, 2, 0.25, -0.75, 1.5))),
                new DifferentiableOp("batchMatmul", (o, x) -> o.batchMatmul(o.reshape(x, Shape.of(2, 1, 3)),
                        o.reshape(o.tanh(x), Shape.of(2, 3, 1)))),
                new DifferentiableOp("biasAdd", (o, x) -> o.square(o.biasAdd(o.reshape(x, Shape.of(3, 2)),
                        constant(o, Shape.of(2), 0.5, -1)))),
                new DifferentiableOp("sum", (o, x) -> o.square(o.sum(o.reshape(x, Shape.of(2, 3)), 1))),
                new DifferentiableOp("mean", (o, x) -> o.square(o.mean(o.reshape(x, Shape.of(2, 3)), 0))),
                new DifferentiableOp("max", (o, x) -> o.max(o.reshape(x, Shape.of(3, 2)), -1)),
                new DifferentiableOp("concat", (o, x) -> o.square(o.concat(List.of(x, o.tanh(x)), 0))),
                new DifferentiableOp("stack", (o, x) -> o.square(o.stack(List.of(x, o.tanh(x))))),
                new DifferentiableOp("unstack", (o, x) -> {
                    List<Tensor> columns = o.unstack(o.reshape(x, Shape.of(2, 3)), 1);
                    return o.add(o.mul(columns.get(0), o.exp(columns.get(2))), o.square(columns.get(1)));
                }),
                new DifferentiableOp("sumOfSquares", (o, x) -> o.sumOfSquares(List.of(x, o.tanh(x)))),
                new DifferentiableOp("conv2d", (o, x) -> o.square(o.conv2d(o.reshape(x, Shape.of(1, 2, 3, 1)),
                        constant(o, Shape.of(2, 2, 1, 2), 0.5, -1, 2, 0.25, -0.75, 1.5, 1, -0.5), 1, Padding.SAME))),
                new DifferentiableOp("conv2dTranspose", (o, x) -> o.square(o.conv2dTranspose(o.reshape(x, Shape.of(1, 1, 3, 2)),
                        constant(o, Shape.of(2, 2, 1, 2), 0.5, -1, 2, 0.25, -0.75, 1.5, 1, -0.5), 2, Padding.SAME))),
                new DifferentiableOp("batchNormalization", (o, x) -> o.square(o.batchNormalization(o.reshape(x, Shape.of(3, 2)),
                        constant(o, Shape.of(2), 1.5, -0.5), constant(o, Shape.of(2), 0.25, 2), 1e-3).get(0))));
    }
}
