package org.gan4j.api.tensor;

import java.util.Arrays;
import org.gan4j.api.Stable;

/**
 * The dimensions of a tensor; {@link #UNKNOWN} marks a dimension known only at run time.
 *
 * <p>Immutable. A scalar has rank 0.
 *
 * @since 0.1
 */
@Stable
public final class Shape {
    /** The size of a dimension that is not known while tracing. */
    public static final long UNKNOWN = -1;

    private final long[] dims;

    private Shape(long[] dims) {
        for (long d : dims) {
            if (d < UNKNOWN) {
                throw new IllegalArgumentException("shape " + Arrays.toString(dims)
                        + " has a negative dimension; use Shape.UNKNOWN (-1) for a dimension known only at run time");
            }
        }
        this.dims = dims;
    }

    /**
     * @param dims the size of each dimension, or {@link #UNKNOWN}
     * @return the shape with these dimensions
     */
    public static Shape of(long... dims) {
        return new Shape(dims.clone());
    }

    /** @return the shape of a scalar */
    public static Shape scalar() {
        return new Shape(new long[0]);
    }

    /**
     * @param dim the size of the new first dimension, or {@link #UNKNOWN}
     * @return this shape with {@code dim} in front, for example a sample shape made a batch shape
     */
    public Shape prepend(long dim) {
        long[] out = new long[dims.length + 1];
        out[0] = dim;
        System.arraycopy(dims, 0, out, 1, dims.length);
        return new Shape(out);
    }

    /** @return the number of dimensions */
    public int rank() {
        return dims.length;
    }

    /**
     * @param i the dimension, 0-based; negative counts from the end
     * @return its size, or {@link #UNKNOWN}
     */
    public long size(int i) {
        return dims[i < 0 ? dims.length + i : i];
    }

    /** @return a copy of the dimensions */
    public long[] dims() {
        return dims.clone();
    }

    /** @return whether every dimension is known */
    public boolean isFullyDefined() {
        return Arrays.stream(dims).noneMatch(d -> d == UNKNOWN);
    }

    /**
     * @return the number of elements
     * @throws IllegalStateException if a dimension is unknown
     */
    public long numElements() {
        if (!isFullyDefined()) {
            throw new IllegalStateException("shape " + this + " has an unknown dimension, so its size is not known");
        }
        return Arrays.stream(dims).reduce(1, Math::multiplyExact);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape other && Arrays.equals(dims, other.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return Arrays.toString(dims);
    }
}
