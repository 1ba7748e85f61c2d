package org.gan4j.tf;

import java.util.List;
import java.util.Set;
import org.gan4j.api.spi.CompiledStep;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;

/** A compiled step: one target op that applies the writes, and the outputs to fetch, in a fixed order. */
record TfStep(String name, Op target, List<String> fetchOrder, List<Operand<?>> fetchOperands, TfComputation owner)
        implements CompiledStep {

    @Override
    public Set<String> fetchNames() {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(fetchOrder));
    }
}
