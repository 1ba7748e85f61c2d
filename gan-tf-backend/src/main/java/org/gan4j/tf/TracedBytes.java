package org.gan4j.tf;

import java.util.Iterator;
import java.util.Set;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Output;
import org.tensorflow.ndarray.Shape;

/**
 * The memory of the values a graph's ops compute, at their traced shapes ({@link TfComputation#tensorBytes()}).
 * Ops whose output is a view of their input's buffer (identities, reshapes) and the placeholders fed only to write
 * a variable add nothing; a value of a type without a fixed size (resources, strings) or with a dimension unknown
 * until it runs counts as nothing, so the sum errs low.
 */
final class TracedBytes {
    /** Ops whose output shares its input's buffer on the CPU (an assignment's output is the variable it writes). */
    private static final Set<String> VIEWS = Set.of("Identity", "Reshape", "ExpandDims", "Squeeze", "StopGradient",
            "Snapshot", "IdentityN", "NoOp", "Assign");

    private TracedBytes() {
    }

    /**
     * @param graph the graph
     * @param variableFeeds the names of the placeholders that only write variables
     * @return the bytes of every value its ops compute
     */
    static long of(Graph graph, Set<String> variableFeeds) {
        long bytes = 0;
        for (Iterator<GraphOperation> ops = graph.operations(); ops.hasNext(); ) {
            GraphOperation op = ops.next();
            if (VIEWS.contains(op.type()) || variableFeeds.contains(op.name())) {
                continue;
            }
            for (int i = 0; i < op.numOutputs(); i++) {
                bytes = sum(bytes, bytes(op.output(i)));
            }
        }
        return bytes;
    }

    private static long bytes(Output<?> value) {
        Shape shape = value.shape();
        if (shape.isUnknown() || shape.hasUnknownDimension()) {
            return 0;
        }
        long elements = shape.size();
        long size = elementBytes(value);
        return elements > Long.MAX_VALUE / Math.max(1, size) ? Long.MAX_VALUE : elements * size;
    }

    private static long sum(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }

    private static long elementBytes(Output<?> value) {
        String type = value.dataType().name(); // a variable's own output is a reference: DT_FLOAT_REF
        return switch (type.endsWith("_REF") ? type.substring(0, type.length() - "_REF".length()) : type) {
            case "DT_DOUBLE", "DT_INT64", "DT_UINT64", "DT_COMPLEX64" -> 8;
            case "DT_FLOAT", "DT_INT32", "DT_UINT32" -> 4;
            case "DT_HALF", "DT_BFLOAT16", "DT_INT16", "DT_UINT16" -> 2;
            case "DT_BOOL", "DT_INT8", "DT_UINT8" -> 1;
            case "DT_COMPLEX128" -> 16;
            default -> 0;
        };
    }
}
