package org.gan4j.core.eval;

/**
 * The kernel inception distance (KID, Bińkowski et al., ICLR 2018): the unbiased estimate of the squared maximum
 * mean discrepancy with the cubic polynomial kernel k(a, b) = (aᵀb/d + 1)³,
 * <pre>
 * MMD² = Σ_{i≠j} k(x_i, x_j)/(m(m−1)) + Σ_{i≠j} k(y_i, y_j)/(n(n−1)) − 2 Σ_{i,j} k(x_i, y_j)/(mn)
 * </pre>
 * averaged over consecutive blocks of at most {@value #BLOCK} samples of each set (block b of one set against block
 * b of the other). Unbiased, so it can be slightly negative when the sets match.
 */
public final class KernelDistance {
    /** The largest block. */
    public static final int BLOCK = 1000;

    private KernelDistance() {
    }

    /**
     * @param real the reference features, at least 2
     * @param generated the features to judge, at least 2
     * @return the mean MMD² over blocks
     */
    public static double between(Features real, Features generated) {
        real.requireComparable(generated);
        int blocks = Math.max(1, Math.min(ceil(real.size(), BLOCK), ceil(generated.size(), BLOCK)));
        double total = 0;
        for (int b = 0; b < blocks; b++) {
            total += mmd2(slice(real, b, blocks), slice(generated, b, blocks));
        }
        return total / blocks;
    }

    private static int ceil(int n, int block) {
        return (n + block - 1) / block;
    }

    private static double[][] slice(Features f, int b, int blocks) {
        int from = (int) ((long) f.size() * b / blocks);
        int to = (int) ((long) f.size() * (b + 1) / blocks);
        return java.util.Arrays.copyOfRange(f.rows(), from, to);
    }

    static double mmd2(double[][] x, double[][] y) {
        int d = x[0].length;
        double xx = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                xx += i == j ? 0 : kernel(x[i], x[j], d);
            }
        }
        double yy = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y.length; j++) {
                yy += i == j ? 0 : kernel(y[i], y[j], d);
            }
        }
        double xy = 0;
        for (double[] a : x) {
            for (double[] b : y) {
                xy += kernel(a, b, d);
            }
        }
        return xx / (x.length * (x.length - 1.0)) + yy / (y.length * (y.length - 1.0)) - 2 * xy / ((double) x.length * y.length);
    }

    private static double kernel(double[] a, double[] b, int d) {
        double dot = 0;
        for (int k = 0; k < d; k++) {
            dot += a[k] * b[k];
        }
        double base = dot / d + 1;
        return base * base * base;
    }
}
