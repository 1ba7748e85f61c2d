package org.gan4j.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.core.models.DcganDiscriminator;
import org.gan4j.core.models.DcganGenerator;
import org.gan4j.core.models.DcganParameters;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.PlayerUpdates;
import org.gan4j.core.train.TrainingConfig;

/**
 * One DCGAN training step (D + G; the dcgan models, TensorFlow's tutorial network at 28 × 28 × 1 and deeper for
 * larger images, non-saturating loss, Adam) set against the machine's fp32 matrix-multiply throughput, measured in the
 * same JVM through the same backend.
 *
 * <p>Printed side by side, for simultaneous updates (the image default, as the tutorial trains) and alternating ones:
 * the median step time, the step's FLOPs (this class's own count, {@link #stepFlops}, and at 28 × 28 × 1 an earlier
 * issue's figure, 31.8 GFLOP at batch 64), the throughput those imply as a share of the best throughput of an n × n
 * matmul. Arguments: {@code [steps] [batch] [n] [size] [channels]}, default 20, 64, 2048, 28 and 1.
 */
public final class DcganStepBenchmark {
    /** The issue's count of one D + G step at batch 64. */
    static final double ISSUE_GFLOP_AT_64 = 31.8;

    private DcganStepBenchmark() {
    }

    /** @param args steps, batch size, matmul size, image side and channels */
    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 2048;
        int size = args.length > 3 ? Integer.parseInt(args[3]) : 28;
        int channels = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        Shape image = Shape.of(size, size, channels);
        PluginRegistry registry = PluginRegistry.load();
        Backend backend = registry.select(ProviderKind.BACKEND, java.util.Optional.empty()).create(Hyperparameters.empty());
        System.out.printf(Locale.ROOT, "DCGAN D+G step on %s images at batch %d against %d x %d matmul, %d cores, %s%n",
                image, batch, n, n, Runtime.getRuntime().availableProcessors(), backend.description());
        double matmulGflops = matmulThroughput(backend, n, 15);
        // an earlier issue's count holds for the tutorial's shape only; elsewhere both columns show our own count
        double issue = image.equals(Shape.of(28, 28, 1)) ? ISSUE_GFLOP_AT_64 * batch / 64 : Double.NaN;
        System.out.printf(Locale.ROOT, "matmul %d x %d, best of 15: %.1f GFLOP/s%s%n", n, n, matmulGflops,
                Double.isNaN(issue) ? "" : String.format(Locale.ROOT, "; the issue counts %.1f GFLOP per step", issue));
        System.out.println("| updates | step ms (median of " + steps + ") | own FLOP count | issue's count: GFLOP/s, share of matmul |"
                + " own count: GFLOP/s, share |");
        System.out.println("|---|---|---|---|---|");
        for (boolean simultaneous : new boolean[] {true, false}) {
            double seconds = dcganStep(registry, backend, image, batch, steps, simultaneous);
            double ours = stepFlops(image, batch, simultaneous) / 1e9;
            double issueCount = Double.isNaN(issue) ? ours : issue;
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f GFLOP | %.1f, %.0f%% | %.1f, %.0f%% |%n",
                    simultaneous ? "simultaneous" : "alternating", seconds * 1e3, ours, issueCount / seconds,
                    100 * issueCount / seconds / matmulGflops, ours / seconds, 100 * ours / seconds / matmulGflops);
        }
    }

    /** @return the best GFLOP/s of 2n³ over {@code repeats} runs of one n × n matmul (its sum fetched) */
    static double matmulThroughput(Backend backend, int n, int repeats) {
        try (Computation c = backend.newComputation(1)) {
            Ops ops = c.ops();
            Tensor a = ops.variable("A", Shape.of(n, n), Initializer.normal(1), false);
            Tensor b = ops.variable("B", Shape.of(n, n), Initializer.normal(1), false);
            CompiledStep step = c.compile(new StepDefinition("matmul", List.of(), Map.of("s", ops.sum(ops.matmul(a, b)))));
            c.run(step, Map.of(), 0);
            double best = Double.MAX_VALUE;
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                c.run(step, Map.of(), i);
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
            }
            return 2.0 * n * n * n / best / 1e9;
        }
    }

    /** @return the median seconds of one D + G step after 3 warm-up steps */
    static double dcganStep(PluginRegistry registry, Backend backend, Shape image, int batch, int steps,
            boolean simultaneous) {
        Hyperparameters adam = Hyperparameters.parse("lr=1e-4");
        var d = registry.require(ProviderKind.OPTIMIZER, "adam").create(adam);
        var g = registry.require(ProviderKind.OPTIMIZER, "adam").create(adam);
        GanSetup setup = new GanSetup(backend,
                new DcganGenerator(image, DcganParameters.forGenerator(Hyperparameters.empty())),
                new DcganDiscriminator(image, DcganParameters.forDiscriminator(Hyperparameters.empty())),
                registry.require(ProviderKind.LOSS, "non-saturating").create(Hyperparameters.empty()), List.of(),
                simultaneous ? new PlayerUpdates.Simultaneous(d, g) : new PlayerUpdates.Separate(d, g),
                new PooledBatches(batch, image, 1));
        try (GanTrainer trainer = new GanTrainer(setup, new TrainingConfig(batch, steps + StepTimes.WARM_UP, 1, 1, 16,
                0))) {
            return StepTimes.median(trainer, steps);
        }
    }

    /**
     * FLOPs of one D + G step, counting 2 per multiply-add of the convolutions and dense layers (elementwise ops
     * left out). Forward multiply-adds per sample, for the dcgan models' n stride-2 layers ({@link #forwardCosts}; at
     * 28 × 28 × 1: G dense 100·12544, convᵀ 7·7·128·(5·5·256), convᵀ 7·7·128·(5·5·64) (a transposed convolution
     * costs what the convolution it transposes does), convᵀ 14·14·64·(5·5·1); D conv 14·14·64·(5·5·1), conv
     * 7·7·128·(5·5·64), dense 6272). Backward through a layer costs twice its forward pass (input and weight
     * gradients). Alternating: the D step runs G forward, D forward on real and fake, and D backward on both; the G
     * step runs G forward, D forward, D backward to its input only (once its forward cost), and G backward.
     * Simultaneous: G forward once, D forward on real and fake, D backward on both, D backward to the fake input, G
     * backward.
     *
     * @param image the images' shape [s, s, c]
     * @param batch the batch size
     * @param simultaneous which update scheme
     * @return the step's FLOPs
     */
    static double stepFlops(Shape image, int batch, boolean simultaneous) {
        double[] costs = forwardCosts(image);
        double g = costs[0];
        double d = costs[1];
        if (simultaneous) {
            return 2 * batch * (g + 2 * d + 2 * 2 * d + d + 2 * g);
        }
        double discriminatorStep = g + 2 * d + 2 * 2 * d;
        double generatorStep = g + d + d + 2 * g;
        return 2 * batch * (discriminatorStep + generatorStep);
    }

    /**
     * Forward multiply-adds per sample of the dcgan generator (latent 100) and discriminator on square images with n
     * stride-2 layers: n = 2 up to a side of 32, one more per doubling (the models' rule), base 64 channels doubling
     * per layer, 5 × 5 kernels.
     *
     * @param image [s, s, c]
     * @return {generator, discriminator}
     */
    static double[] forwardCosts(Shape image) {
        long side = image.size(0);
        long c = image.size(2);
        int n = 2;
        for (long limit = 32; side > limit; limit *= 2) {
            n++;
        }
        long seed = side >> n;
        double g = 100.0 * seed * seed * (64L << n); // dense to the seed [s/2ⁿ, s/2ⁿ, 64·2ⁿ]
        g += (double) seed * seed * (64L << (n - 1)) * 25 * (64L << n); // stride-1 convᵀ to 64·2ⁿ⁻¹
        for (int k = 1; k <= n; k++) { // stride-2 convᵀ: input side seed·2^(k−1), channels 64·2^(n−k) → half, or c last
            long in = seed << (k - 1);
            long inChannels = 64L << (n - k);
            g += (double) in * in * inChannels * 25 * (k == n ? c : inChannels / 2);
        }
        double d = 0;
        for (int k = 1; k <= n; k++) { // conv k: output side s/2^k with 64·2^(k−1) channels, from c or half as many
            long out = side >> k;
            long outChannels = 64L << (k - 1);
            d += (double) out * out * outChannels * 25 * (k == 1 ? c : outChannels / 2);
        }
        d += (double) seed * seed * (64L << (n - 1)); // dense 1
        return new double[] {g, d};
    }
}
