package org.gan4j.api.tensor;

import java.util.Arrays;
import java.util.Objects;
import org.gan4j.api.Stable;

/**
 * A dense, row-major array in Java memory with a shape and an element type: what is fed to and fetched
 * from a backend.
 *
 * <p>Immutable from the outside: factories copy nothing for speed, so callers must not change an array after
 * handing it over, and accessors return copies.
 *
 * @since 0.1
 */
@Stable
public final class HostTensor {
    private final Shape shape;
    private final float[] floats;
    private final double[] doubles;

    private HostTensor(Shape shape, float[] floats, double[] doubles) {
        Objects.requireNonNull(shape, "shape");
        if (!shape.isFullyDefined()) {
            throw new IllegalArgumentException("a host tensor needs a fully defined shape, got " + shape);
        }
        long length = floats != null ? floats.length : doubles.length;
        if (shape.numElements() != length) {
            throw new IllegalArgumentException("shape " + shape + " holds " + shape.numElements()
                    + " elements but " + length + " values were given");
        }
        this.shape = shape;
        this.floats = floats;
        this.doubles = doubles;
    }

    /**
     * @param shape the shape
     * @param values the elements in row-major order; owned by the result from now on
     * @return a FLOAT32 tensor
     */
    public static HostTensor of(Shape shape, float[] values) {
        return new HostTensor(shape, Objects.requireNonNull(values, "values"), null);
    }

    /**
     * @param shape the shape
     * @param values the elements in row-major order; owned by the result from now on
     * @return a FLOAT64 tensor
     */
    public static HostTensor of(Shape shape, double[] values) {
        return new HostTensor(shape, null, Objects.requireNonNull(values, "values"));
    }

    /**
     * @param value the value
     * @return a FLOAT32 scalar
     */
    public static HostTensor scalar(float value) {
        return of(Shape.scalar(), new float[] {value});
    }

    /**
     * @param shape the shape
     * @return a FLOAT32 tensor of zeros
     */
    public static HostTensor zeros(Shape shape) {
        return of(shape, new float[Math.toIntExact(shape.numElements())]);
    }

    /**
     * @param shape the shape
     * @param value the value of every element
     * @return a FLOAT32 tensor
     */
    public static HostTensor filled(Shape shape, float value) {
        float[] values = new float[Math.toIntExact(shape.numElements())];
        Arrays.fill(values, value);
        return of(shape, values);
    }

    /** @return the shape */
    public Shape shape() {
        return shape;
    }

    /** @return the element type */
    public DType dtype() {
        return floats != null ? DType.FLOAT32 : DType.FLOAT64;
    }

    /** @return the number of elements */
    public int size() {
        return floats != null ? floats.length : doubles.length;
    }

    /**
     * @param index the row-major index
     * @return that element, widened to double
     */
    public double get(int index) {
        return floats != null ? floats[index] : doubles[index];
    }

    /**
     * @return the only element
     * @throws IllegalStateException if this tensor does not have exactly one element
     */
    public double scalarValue() {
        if (size() != 1) {
            throw new IllegalStateException("expected a single value but the tensor has shape " + shape);
        }
        return get(0);
    }

    /** @return a copy of the elements as floats (narrowed if FLOAT64) */
    public float[] toFloatArray() {
        if (floats != null) {
            return floats.clone();
        }
        float[] out = new float[doubles.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) doubles[i];
        }
        return out;
    }

    /** @return a copy of the elements as doubles (widened if FLOAT32) */
    public double[] toDoubleArray() {
        if (doubles != null) {
            return doubles.clone();
        }
        double[] out = new double[floats.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = floats[i];
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostTensor other && shape.equals(other.shape)
                && Arrays.equals(floats, other.floats) && Arrays.equals(doubles, other.doubles);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + (floats != null ? Arrays.hashCode(floats) : Arrays.hashCode(doubles));
    }

    @Override
    public String toString() {
        String values = floats != null ? Arrays.toString(Arrays.copyOf(floats, Math.min(8, floats.length)))
                : Arrays.toString(Arrays.copyOf(doubles, Math.min(8, doubles.length)));
        return "HostTensor" + shape + dtype() + (size() > 8 ? values.replace("]", ", ...]") : values);
    }
}
