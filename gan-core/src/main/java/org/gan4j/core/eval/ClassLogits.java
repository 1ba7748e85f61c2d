package org.gan4j.core.eval;

import org.gan4j.api.GanException;

/**
 * The class logits a feature extractor gives for each of n images, [n, k] row-major: what the predicted class, the
 * class shares and the {@link InceptionScore} are computed from. Probabilities are the softmax of a row, in double
 * precision.
 *
 * @param values n·k logits
 * @param classes k
 */
public record ClassLogits(float[] values, int classes) {
    /** Checks that the values make whole rows. */
    public ClassLogits {
        if (classes < 1 || values.length % classes != 0) {
            throw new GanException(values.length + " logits do not make rows of " + classes + " classes");
        }
    }

    /** @return n */
    public int size() {
        return values.length / classes;
    }

    /**
     * @param image a row
     * @return p(y | x) for that row: the softmax of its logits
     */
    public double[] probabilities(int image) {
        int offset = image * classes;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            max = Math.max(max, values[offset + c]);
        }
        double[] p = new double[classes];
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            p[c] = Math.exp(values[offset + c] - max);
            sum += p[c];
        }
        for (int c = 0; c < classes; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /** @return each row's class of the largest logit (the first of equals) */
    public int[] predictedClasses() {
        int[] predicted = new int[size()];
        for (int i = 0; i < predicted.length; i++) {
            int offset = i * classes;
            int best = 0;
            for (int c = 1; c < classes; c++) {
                best = values[offset + c] > values[offset + best] ? c : best;
            }
            predicted[i] = best;
        }
        return predicted;
    }

    /** @return the share of rows predicted as each class, k values summing to 1 */
    public double[] shares() {
        double[] shares = new double[classes];
        int[] predicted = predictedClasses();
        for (int c : predicted) {
            shares[c] += 1.0 / predicted.length;
        }
        return shares;
    }
}
