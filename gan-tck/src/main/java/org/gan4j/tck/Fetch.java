package org.gan4j.tck;

import java.util.List;
import java.util.Map;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Tensor;

/**
 * Evaluates tensors of a computation, for checks in tests: each call compiles a step that writes nothing, runs it
 * once at tick 0 without feeds, and returns what it fetched. Random ops therefore draw the same numbers at every
 * call, and tensors fetched by one call see one draw.
 *
 * <pre>{@code
 * try (Computation c = ContractBackend.find().newComputation(1)) {
 *     double loss = Fetch.scalar(c, myLoss.discriminatorLoss(inputs(c.ops())));
 * }
 * }</pre>
 */
public final class Fetch {
    private Fetch() {
    }

    /**
     * @param c the computation {@code tensors} belong to
     * @param tensors the tensors to evaluate together, by name
     * @return their values, by the same names, from one run
     */
    public static Map<String, HostTensor> values(Computation c, Map<String, Tensor> tensors) {
        CompiledStep step = c.compile(new StepDefinition("fetch", List.of(), tensors));
        return c.run(step, Map.of(), 0);
    }

    /**
     * @param c the computation {@code t} belongs to
     * @param t a tensor that needs no feed
     * @return its value
     */
    public static HostTensor value(Computation c, Tensor t) {
        return values(c, Map.of("t", t)).get("t");
    }

    /**
     * @param c the computation {@code t} belongs to
     * @param t a tensor that needs no feed
     * @return its elements in row-major order, as float64
     */
    public static double[] doubles(Computation c, Tensor t) {
        return value(c, t).toDoubleArray();
    }

    /**
     * @param c the computation {@code t} belongs to
     * @param t a scalar tensor that needs no feed
     * @return its value
     */
    public static double scalar(Computation c, Tensor t) {
        return value(c, t).scalarValue();
    }
}
