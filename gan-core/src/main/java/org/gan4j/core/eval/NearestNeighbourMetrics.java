package org.gan4j.core.eval;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Precision, recall, density and coverage on feature vectors (Naeem, Oh, Uh, Choi &amp; Yoo, ICML 2020; the
 * {@code prdc} package's definitions), with r_k(x) the Euclidean distance from x to its k-th nearest neighbour in
 * its own set (itself excluded):
 * <pre>
 * precision = (1/M) Σ_j 1[∃ i: ‖f_j − r_i‖ ≤ r_k(r_i)]        recall   = (1/N) Σ_i 1[∃ j: ‖r_i − f_j‖ ≤ r_k(f_j)]
 * density   = (1/kM) Σ_j Σ_i 1[‖f_j − r_i‖ ≤ r_k(r_i)]       coverage = (1/N) Σ_i 1[min_j ‖r_i − f_j‖ ≤ r_k(r_i)]
 * </pre>
 *
 * @param precision share of generated samples inside the real manifold
 * @param recall share of real samples inside the generated manifold
 * @param density how many real neighbourhoods a generated sample lies in, over k, on average
 * @param coverage share of real neighbourhoods that hold a generated sample
 */
public record NearestNeighbourMetrics(double precision, double recall, double density, double coverage) {
    /** The k of the paper's experiments. */
    public static final int DEFAULT_K = 5;

    /**
     * @param real the N real feature vectors, N &gt; k
     * @param generated the M generated ones, M &gt; k
     * @param k the neighbour whose distance is each sample's radius
     * @return the four metrics
     */
    public static NearestNeighbourMetrics of(Features real, Features generated, int k) {
        real.requireComparable(generated);
        if (real.size() <= k || generated.size() <= k) {
            throw new IllegalArgumentException("nearest-neighbour metrics with k = " + k + " need more than k samples "
                    + "in each set, got " + real.size() + " and " + generated.size());
        }
        double[][] r = real.rows();
        double[][] f = generated.rows();
        double[] realRadius = radii(r, k);
        double[] fakeRadius = radii(f, k);
        int n = r.length;
        int m = f.length;
        int chunks = Math.max(1, Math.min(n, 4 * Runtime.getRuntime().availableProcessors()));
        // per chunk of real samples: how many real neighbourhoods hold each generated sample, and the real samples
        // recalled and covered; the distance matrix is never held whole
        Partial total = IntStream.range(0, chunks).parallel().mapToObj(c -> {
            Partial p = new Partial(new int[m], new long[2]);
            for (int i = (int) ((long) n * c / chunks); i < (int) ((long) n * (c + 1) / chunks); i++) {
                double[] d = distances(r[i], f);
                boolean recalled = false;
                double nearest = Double.MAX_VALUE;
                for (int j = 0; j < m; j++) {
                    p.inside()[j] += d[j] <= realRadius[i] ? 1 : 0;
                    recalled |= d[j] <= fakeRadius[j];
                    nearest = Math.min(nearest, d[j]);
                }
                p.realCounts()[0] += recalled ? 1 : 0;
                p.realCounts()[1] += nearest <= realRadius[i] ? 1 : 0;
            }
            return p;
        }).reduce(Partial::plus).orElseThrow();
        long inAny = Arrays.stream(total.inside()).filter(count -> count > 0).count();
        long inAll = Arrays.stream(total.inside()).asLongStream().sum();
        return new NearestNeighbourMetrics((double) inAny / m, (double) total.realCounts()[0] / n,
                (double) inAll / ((double) k * m), (double) total.realCounts()[1] / n);
    }

    /**
     * @param inside per generated sample, the real neighbourhoods it lies in
     * @param realCounts real samples recalled, and covered
     */
    private record Partial(int[] inside, long[] realCounts) {
        Partial plus(Partial other) {
            int[] sum = inside.clone();
            for (int j = 0; j < sum.length; j++) {
                sum[j] += other.inside[j];
            }
            return new Partial(sum, new long[] {realCounts[0] + other.realCounts[0], realCounts[1] + other.realCounts[1]});
        }
    }

    /** @return each point's distance to its k-th nearest other point */
    private static double[] radii(double[][] points, int k) {
        return IntStream.range(0, points.length).parallel().mapToDouble(i -> {
            double[] d = distances(points[i], points);
            d[i] = Double.MAX_VALUE;
            Arrays.sort(d);
            return d[k - 1];
        }).toArray();
    }

    private static double[] distances(double[] x, double[][] points) {
        double[] d = new double[points.length];
        for (int j = 0; j < points.length; j++) {
            double s = 0;
            for (int c = 0; c < x.length; c++) {
                double diff = x[c] - points[j][c];
                s += diff * diff;
            }
            d[j] = Math.sqrt(s);
        }
        return d;
    }
}
