package org.gan4j.core.eval;

import org.gan4j.core.data.GaussianMixture2D;

/**
 * Scores samples against a {@link GaussianMixture2D} as VEEGAN and PacGAN do: a sample is high quality if it
 * lies within 3 standard deviations of its nearest mode; a mode is covered if at least one high-quality sample
 * is nearest to it; reverse KL compares the high-quality samples' histogram over modes with the uniform one.
 */
public final class MixtureEvaluation {
    /** Standard deviations within which a sample counts as high quality. */
    public static final double THRESHOLD_STDS = 3;

    private MixtureEvaluation() {
    }

    /**
     * @param xy samples, interleaved x0, y0, x1, y1, ...
     * @param mixture the true distribution
     * @return the score
     */
    public static MixtureScore evaluate(float[] xy, GaussianMixture2D mixture) {
        int k = mixture.modes().size();
        int n = xy.length / 2;
        int[] counts = new int[k];
        int good = 0;
        double limit = THRESHOLD_STDS * mixture.std();
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int m = 0; m < k; m++) {
                double[] mode = mixture.modes().get(m);
                double d = Math.hypot(xy[2 * i] - mode[0], xy[2 * i + 1] - mode[1]);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = m;
                }
            }
            if (bestDistance <= limit) {
                counts[best]++;
                good++;
            }
        }
        int covered = 0;
        double kl = 0;
        for (int c : counts) {
            if (c > 0) {
                covered++;
                double p = (double) c / good;
                kl += p * Math.log(p * k);
            }
        }
        return new MixtureScore(covered, k, n == 0 ? 0 : (double) good / n, good == 0 ? Double.NaN : kl, n);
    }
}
