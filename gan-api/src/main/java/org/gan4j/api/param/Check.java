package org.gan4j.api.param;

import org.gan4j.api.Stable;

/**
 * Range checks for the compact constructors of hyperparameter records. Each returns its value, so a record
 * component can be checked where it is assigned, and fails with a message naming owner, key, value and range.
 *
 * @since 0.1
 */
@Stable
public final class Check {
    private Check() {
    }

    /**
     * @param owner the provider or record, for example {@code "adam"}
     * @param key the hyperparameter's name
     * @param value its value
     * @return {@code value} if finite and &gt; 0
     */
    public static double positive(String owner, String key, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw fail(owner, key, value, "a finite number > 0");
        }
        return value;
    }

    /**
     * @param owner the provider or record
     * @param key the hyperparameter's name
     * @param value its value
     * @return {@code value} if finite and ≥ 0
     */
    public static double nonNegative(String owner, String key, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw fail(owner, key, value, "a finite number >= 0");
        }
        return value;
    }

    /**
     * @param owner the provider or record
     * @param key the hyperparameter's name
     * @param value its value
     * @param min the lower bound, inclusive
     * @param max the upper bound, exclusive
     * @return {@code value} if in [min, max)
     */
    public static double inHalfOpenRange(String owner, String key, double value, double min, double max) {
        if (!(value >= min && value < max)) {
            throw fail(owner, key, value, "a number in [" + min + ", " + max + ")");
        }
        return value;
    }

    /**
     * @param owner the provider or record
     * @param key the hyperparameter's name
     * @param value its value
     * @param min the lower bound, exclusive
     * @param max the upper bound, inclusive
     * @return {@code value} if in (min, max]
     */
    public static double inLeftOpenRange(String owner, String key, double value, double min, double max) {
        if (!(value > min && value <= max)) {
            throw fail(owner, key, value, "a number in (" + min + ", " + max + "]");
        }
        return value;
    }

    /**
     * @param owner the provider or record
     * @param key the hyperparameter's name
     * @param value its value
     * @return {@code value} if ≥ 1
     */
    public static int positive(String owner, String key, int value) {
        if (value < 1) {
            throw fail(owner, key, value, "an integer >= 1");
        }
        return value;
    }

    /**
     * @param owner the provider or record
     * @param key the hyperparameter's name
     * @param value its value
     * @return {@code value} if ≥ 1
     */
    public static long positive(String owner, String key, long value) {
        if (value < 1) {
            throw fail(owner, key, value, "an integer >= 1");
        }
        return value;
    }

    private static InvalidHyperparameterException fail(String owner, String key, Object value, String allowed) {
        return new InvalidHyperparameterException(
                owner + ": " + key + " = " + value + " is invalid; it must be " + allowed + ".");
    }
}
