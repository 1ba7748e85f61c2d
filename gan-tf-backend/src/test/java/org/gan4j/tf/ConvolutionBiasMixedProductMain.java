package org.gan4j.tf;

import java.util.List;
import java.util.Map;
import org.gan4j.api.GanException;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Padding;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * The smallest mixed second derivative through a convolution with a bias, the shape of competitive gradient
 * descent's terms: with h = conv(x, k) + b (a 1 × 1 kernel on a 2 × 2 image, so h = kx + b per pixel) and
 * L = Σ h², it differentiates m = (Σ ∂L/∂x)(∂L/∂b) with respect to k. In closed form, with S = kΣx + 4b:
 * ∂L/∂x = 2kh, ∂L/∂b = 2S, m = 4kS², ∂m/∂k = 4S² + 8kSΣx; at x = (1, 2, 3, 4), k = 0.5, b = 0.25,
 * S = 6, ∂L/∂b = 12 and ∂m/∂k = 144 + 240 = 384.
 *
 * <p>The filter gradient that ∂m/∂k needs reads the same tensor as the bias gradient ∂L/∂b, and depends on it.
 * Under oneDNN, with grappler on, TensorFlow merged the two into one node that waits for its own output, and the
 * run failed with "Retval[0] does not have value". Run in a child JVM, so that the environment decides oneDNN.
 */
final class ConvolutionBiasMixedProductMain {
    private ConvolutionBiasMixedProductMain() {
    }

    /**
     * Prints {@code dm/dk=<value> dL/db=<value>}, or {@code failed: <message>}.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.out.println(run());
    }

    /** @return what {@link #main} prints */
    static String run() {
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Tensor x = c.input("x", Shape.of(1, 2, 2, 1), DType.FLOAT32);
            Tensor k = c.input("k", Shape.of(1, 1, 1, 1), DType.FLOAT32);
            Tensor b = c.input("b", Shape.of(1), DType.FLOAT32);
            Tensor h = ops.biasAdd(ops.conv2d(x, k, 1, Padding.SAME), b);
            List<Tensor> first = ops.gradients(ops.sum(ops.square(h)), List.of(x, b));
            Tensor mixed = ops.mul(ops.sum(first.get(0)), ops.sum(first.get(1)));
            Tensor dk = ops.gradients(mixed, List.of(k)).get(0);
            CompiledStep step = c.compile(new StepDefinition("mixed", List.of(),
                    Map.of("dm/dk", ops.sum(dk), "dL/db", ops.sum(first.get(1)))));
            Map<String, HostTensor> out = c.run(step, Map.of(
                    x, HostTensor.of(Shape.of(1, 2, 2, 1), new float[] {1, 2, 3, 4}),
                    k, HostTensor.of(Shape.of(1, 1, 1, 1), new float[] {0.5f}),
                    b, HostTensor.of(Shape.of(1), new float[] {0.25f})), 0);
            return "dm/dk=" + out.get("dm/dk").scalarValue() + " dL/db=" + out.get("dL/db").scalarValue();
        } catch (GanException e) {
            return "failed: " + e.getMessage();
        }
    }
}
