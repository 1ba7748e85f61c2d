package org.gan4j.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.gan4j.api.GanException;

/**
 * An equal-weight mixture of isotropic Gaussians in the plane.
 *
 * <p>The two standard benchmarks (VEEGAN, Srivastava et al. 2017; PacGAN, Lin et al. 2018;
 * docs/algorithms.md#mixtures-of-gaussians): {@link #ring8()}, 8 modes on the unit circle with std 0.01, and
 * {@link #grid25()}, 25 modes at {−4, −2, 0, 2, 4}² with std 0.05.
 *
 * @param name the data set's id
 * @param modes the centres, each {x, y}
 * @param std the standard deviation of every component
 */
public record GaussianMixture2D(String name, List<double[]> modes, double std) {
    /** Copies the modes. */
    public GaussianMixture2D {
        modes = modes.stream().map(double[]::clone).toList();
    }

    /** @return 8 modes at angles 2πk/8 on the circle of radius 1, std 0.01 */
    public static GaussianMixture2D ring8() {
        List<double[]> modes = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            double angle = 2 * Math.PI * k / 8;
            modes.add(new double[] {Math.cos(angle), Math.sin(angle)});
        }
        return new GaussianMixture2D("ring8", modes, 0.01);
    }

    /** @return 25 modes at {−4, −2, 0, 2, 4}², std 0.05 */
    public static GaussianMixture2D grid25() {
        List<double[]> modes = new ArrayList<>();
        for (int i = -2; i <= 2; i++) {
            for (int j = -2; j <= 2; j++) {
                modes.add(new double[] {2.0 * i, 2.0 * j});
            }
        }
        return new GaussianMixture2D("grid25", modes, 0.05);
    }

    /**
     * @param id {@code ring8} or {@code grid25}
     * @return that mixture
     */
    public static GaussianMixture2D byId(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "ring8" -> ring8();
            case "grid25" -> grid25();
            default -> throw new GanException("unknown 2-D data set '" + id + "'; use ring8 or grid25");
        };
    }

    /**
     * @param n the number of points
     * @param random the source of randomness
     * @return n points, interleaved x0, y0, x1, y1, ...: a uniformly chosen mode plus N(0, std²) noise
     */
    public float[] sample(int n, RandomGenerator random) {
        float[] xy = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double[] mode = modes.get(random.nextInt(modes.size()));
            xy[2 * i] = (float) (mode[0] + std * random.nextGaussian());
            xy[2 * i + 1] = (float) (mode[1] + std * random.nextGaussian());
        }
        return xy;
    }
}
