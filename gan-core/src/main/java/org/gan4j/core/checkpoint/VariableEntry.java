package org.gan4j.core.checkpoint;

import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.Shape;

/**
 * One variable as a checkpoint stores it: its values lie in the data file, in the manifest's order, as
 * little-endian numbers of its type.
 *
 * @param name the variable's name
 * @param dtype its element type
 * @param shape its shape
 */
public record VariableEntry(String name, DType dtype, Shape shape) {
    /** @return how many bytes its values take in the data file */
    public long byteSize() {
        return shape.numElements() * (dtype == DType.FLOAT64 ? Double.BYTES : Float.BYTES);
    }

    /** @return "float32[2, 3]" for messages */
    public String type() {
        return dtype.name().toLowerCase(java.util.Locale.ROOT) + shape;
    }

    /** @return "name float32[2, 3]" for messages */
    public String describe() {
        return name + " " + type();
    }
}
