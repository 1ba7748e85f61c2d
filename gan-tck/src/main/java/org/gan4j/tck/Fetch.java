package org.gan4j.tck;

import java.util.List;
import java.util.Map;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Tensor;

/** Evaluates tensors of a computation in one run, for contract checks. */
final class Fetch {
    private Fetch() {
    }

    /** @return the value of {@code t}, computed without feeds at tick 0 */
    static HostTensor value(Computation c, Tensor t) {
        CompiledStep step = c.compile(new StepDefinition("contract", List.of(), Map.of("t", t)));
        return c.run(step, Map.of(), 0).get("t");
    }

    /** @return the values of {@code t}, in float64 */
    static double[] doubles(Computation c, Tensor t) {
        return value(c, t).toDoubleArray();
    }

    /** @return the scalar value of {@code t} */
    static double scalar(Computation c, Tensor t) {
        return value(c, t).scalarValue();
    }
}
