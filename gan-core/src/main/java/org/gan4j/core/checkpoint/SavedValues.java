package org.gan4j.core.checkpoint;

import java.util.List;
import java.util.Map;
import org.gan4j.api.GanException;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Variable;

/** Copies saved values into a freshly built computation, by variable name, for networks rebuilt outside a trainer. */
public final class SavedValues {
    private SavedValues() {
    }

    /**
     * Writes into each variable the value saved under its name; values for other names are ignored.
     *
     * @param computation where the variables live
     * @param variables the variables to fill
     * @param saved values by variable name
     * @param whose what does not fit when one is missing, for the message (e.g. "the classifier's weights do not fit
     *     the network")
     * @param remedy what to do then
     * @throws GanException naming the first variable that is missing or of another shape, before writing it
     */
    public static void writeInto(Computation computation, List<Variable> variables, Map<String, HostTensor> saved,
            String whose, String remedy) {
        for (Variable v : variables) {
            HostTensor value = saved.get(v.name());
            if (value == null || !value.shape().equals(v.shape())) {
                throw new GanException(whose + ": " + v.name() + " " + v.shape() + " is "
                        + (value == null ? "missing" : value.shape()) + "; " + remedy);
            }
            computation.write(v, value);
        }
    }
}
