package org.gan4j.core.eval;

import org.gan4j.api.GanException;

/**
 * A set of feature vectors, one row per sample, in double precision: what FID, KID and the nearest-neighbour
 * metrics compare.
 *
 * @param rows the vectors, all of the same length
 */
public record Features(double[][] rows) {
    /** Checks that there is at least one row and that all have one length. */
    public Features {
        if (rows.length == 0) {
            throw new GanException("a feature set needs at least one sample");
        }
        for (double[] row : rows) {
            if (row.length != rows[0].length) {
                throw new GanException("feature vectors differ in length: " + rows[0].length + " and " + row.length);
            }
        }
    }

    /**
     * @param values n·d values, row-major
     * @param dimension d
     * @return the n rows
     */
    public static Features of(float[] values, int dimension) {
        double[][] rows = new double[values.length / dimension][dimension];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < dimension; j++) {
                rows[i][j] = values[i * dimension + j];
            }
        }
        return new Features(rows);
    }

    /** @return the number of samples */
    public int size() {
        return rows.length;
    }

    /** @return the length of each vector */
    public int dimension() {
        return rows[0].length;
    }

    /**
     * @param n how many
     * @return the first n rows
     */
    public Features first(int n) {
        return new Features(java.util.Arrays.copyOf(rows, Math.min(n, rows.length)));
    }

    /**
     * @param other a feature set of the same dimension
     * @throws GanException naming both dimensions when they differ
     */
    void requireComparable(Features other) {
        if (other.dimension() != dimension()) {
            throw new GanException("cannot compare features of dimension " + dimension() + " with " + other.dimension()
                    + "; extract both with the same network");
        }
    }
}
