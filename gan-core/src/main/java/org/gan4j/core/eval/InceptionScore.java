package org.gan4j.core.eval;

import org.gan4j.api.GanException;

/**
 * The Inception Score (Salimans et al., NeurIPS 2016) of a set of images, from a classifier's p(y | x):
 * <pre>
 * IS = exp(E_x KL(p(y | x) ‖ p(y))),   p(y) = E_x p(y | x)
 * </pre>
 * computed as in the paper's code: the N images are cut into {@value #SPLITS} consecutive splits (split s holds rows
 * ⌊sN/10⌋ to ⌊(s + 1)N/10⌋ − 1), p(y) and the score are taken within each split, and the mean and the standard
 * deviation (with 1/splits, NumPy's {@code std}) of the split scores are reported. Terms with p(y | x) = 0 add 0.
 * It ranges from 1 (every image predicted alike, or every prediction uniform) to the number of classes (each image
 * one class with certainty, all classes equally often). The paper's figures use Inception v3's 1008 ImageNet
 * classes and 50,000 images; on other classifiers it is a score of the same form, comparable only with itself.
 *
 * @param mean the mean of the split scores
 * @param standardDeviation their standard deviation
 * @param splits how many splits
 */
public record InceptionScore(double mean, double standardDeviation, int splits) {
    /** The splits of the paper's code. */
    public static final int SPLITS = 10;

    /**
     * @param logits the classifier's logits of N ≥ {@code splits} images
     * @param splits how many consecutive splits to score
     * @return the score
     * @throws GanException when there are fewer images than splits
     */
    public static InceptionScore of(ClassLogits logits, int splits) {
        int n = logits.size();
        if (splits < 1 || n < splits) {
            throw new GanException("the Inception Score in " + splits + " splits needs at least " + splits
                    + " images, got " + n);
        }
        double[] scores = new double[splits];
        for (int s = 0; s < splits; s++) {
            scores[s] = split(logits, (int) ((long) s * n / splits), (int) ((long) (s + 1) * n / splits));
        }
        double mean = 0;
        for (double v : scores) {
            mean += v / splits;
        }
        double variance = 0;
        for (double v : scores) {
            variance += (v - mean) * (v - mean) / splits;
        }
        return new InceptionScore(mean, Math.sqrt(variance), splits);
    }

    /** @return exp of the mean KL(p(y | x) ‖ p(y)) over rows [from, to), p(y) their mean prediction */
    private static double split(ClassLogits logits, int from, int to) {
        double[][] p = new double[to - from][];
        double[] marginal = new double[logits.classes()];
        for (int i = from; i < to; i++) {
            p[i - from] = logits.probabilities(i);
            for (int c = 0; c < marginal.length; c++) {
                marginal[c] += p[i - from][c] / p.length;
            }
        }
        double kl = 0;
        for (double[] row : p) {
            for (int c = 0; c < row.length; c++) {
                kl += row[c] > 0 ? row[c] * (Math.log(row[c]) - Math.log(marginal[c])) / p.length : 0;
            }
        }
        return Math.exp(kl);
    }
}
