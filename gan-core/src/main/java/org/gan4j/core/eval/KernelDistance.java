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
        double xx = 2 * offDiagonalHalf(x, d);
        double yy = 2 * offDiagonalHalf(y, d);
        double xy = 0;
        for (double[] a : x) {
            for (double[] b : y) {
                xy += kernel(a, b, d);
            }
        }
        return xx / (x.length * (x.length - 1.0)) + yy / (y.length * (y.length - 1.0)) - 2 * xy / ((double) x.length * y.length);
    }

    /** @return Σ_{i&lt;j} k(p_i, p_j); the kernel is symmetric, so the sum over i ≠ j is twice this */
    private static double offDiagonalHalf(double[][] p, int d) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = i + 1; j < p.length; j++) {
                sum += kernel(p[i], p[j], d);
            }
        }
        return sum;
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
