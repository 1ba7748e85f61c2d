package org.gan4j.tck;

import java.util.HashSet;
import java.util.Set;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Variable;

/** Records which variables a network reads through the weight seam ({@link Ops#weight}), for the kit's seam rules. */
final class WeightReads {
    private final Set<Variable> read = new HashSet<>();

    /**
     * @param ops the backend's ops
     * @return ops whose {@link Ops#weight} records the variable and gives it unchanged
     */
    Ops recording(Ops ops) {
        return ops.withWeights(v -> {
            read.add(v);
            return v;
        });
    }

    /**
     * @param v a variable
     * @return whether it was read through the recording ops
     */
    boolean read(Variable v) {
        return read.contains(v);
    }
}
