package org.gan4j.tf;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gan4j.api.spi.CompiledStep;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;

/**
 * A compiled step: one target op that applies the writes, and what to fetch. FLOAT32 scalars are packed into
 * one vector, so a step with many logged scalars still returns one native tensor for them.
 *
 * @param name the step's name
 * @param target the op that runs the step
 * @param fetchOrder every fetched name, in the definition's order
 * @param scalarNames the names packed into {@code packedScalars}, in its order
 * @param packedScalars the FLOAT32 scalars stacked into a vector, or null when there are none
 * @param tensorNames the other fetched names
 * @param tensorOperands their outputs, in the order of {@code tensorNames}
 * @param owner the computation that compiled it
 * @param fusions the fused kernels it runs, one line each ({@link CompiledStep#fusions()})
 */
record TfStep(String name, Op target, List<String> fetchOrder, List<String> scalarNames, Operand<?> packedScalars,
        List<String> tensorNames, List<Operand<?>> tensorOperands, TfComputation owner, List<String> fusions)
        implements CompiledStep {

    @Override
    public Set<String> fetchNames() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(fetchOrder));
    }
}
