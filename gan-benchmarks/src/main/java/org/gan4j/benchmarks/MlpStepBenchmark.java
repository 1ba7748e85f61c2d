package org.gan4j.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.models.MlpDiscriminator;
import org.gan4j.core.models.MlpDiscriminatorParameters;
import org.gan4j.core.models.MlpGenerator;
import org.gan4j.core.models.MlpGeneratorParameters;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.TrainingConfig;

/**
 * One training step (D + G) of the MLP GAN (G 100→128→128→784, D 784→128→128→1, non-saturating, Adam) through
 * gan4j and through a hand-written TensorFlow Java loop of the same model, at batch 64 and 256.
 *
 * <p>Both run in this JVM, in alternating blocks after a warm-up, so load on the machine affects both alike.
 * Each round times one block of each side; the figures are the medians over rounds of the mean step time per
 * block and of the per-round ratio, which cancels slow drifts in machine load.
 * Arguments: {@code [rounds] [stepsPerBlock]}, default 15 and 150.
 */
public final class MlpStepBenchmark {
    private static final String HAND_WRITTEN = "org.gan4j.tf.bench.HandWrittenMlpGan";
    private static final long SEED = 1;

    private MlpStepBenchmark() {
    }

    /** @param args rounds and steps per block */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int block = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        System.out.printf(Locale.ROOT, "MLP GAN D+G step, %d blocks of %d steps per side, %d cores%n", rounds, block,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| batch | gan4j ms/step | hand-written TF Java ms/step | ratio (median of per-round ratios) |");
        System.out.println("|---|---|---|---|");
        for (int batch : new int[] {64, 256}) {
            measure(batch, rounds, block);
        }
    }

    private static void measure(int batch, int rounds, int block) throws Exception {
        PluginRegistry registry = PluginRegistry.load();
        Hyperparameters adam = Hyperparameters.parse("lr=1e-3,beta1=0.5");
        GanSetup setup = new GanSetup(
                registry.select(ProviderKind.BACKEND, java.util.Optional.empty()).create(Hyperparameters.empty()),
                new MlpGenerator(Shape.of(784), MlpGeneratorParameters.from(Hyperparameters.parse("latent=100,width=128,depth=2"))),
                new MlpDiscriminator(Shape.of(784), MlpDiscriminatorParameters.from(Hyperparameters.parse("width=128,depth=2"))),
                registry.require(ProviderKind.LOSS, "non-saturating").create(Hyperparameters.empty()), List.of(),
                registry.require(ProviderKind.OPTIMIZER, "adam").create(adam),
                registry.require(ProviderKind.OPTIMIZER, "adam").create(adam),
                new PooledBatches(batch, 784, SEED));
        long totalSteps = (long) (rounds + 1) * block;
        try (GanTrainer framework = new GanTrainer(setup, new TrainingConfig(batch, totalSteps, 1, SEED, 16, 0));
                AutoCloseable handWrittenResource = (AutoCloseable) Class.forName(HAND_WRITTEN)
                        .getConstructor(int.class, long.class).newInstance(batch, SEED)) {
            LongConsumer handWritten = (LongConsumer) handWrittenResource;
            LongConsumer ours = step -> framework.step();
            time(ours, block, 0);
            time(handWritten, block, 0);
            double[] a = new double[rounds];
            double[] b = new double[rounds];
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                boolean oursFirst = r % 2 == 0;
                if (oursFirst) {
                    a[r] = time(ours, block, 0);
                }
                b[r] = time(handWritten, block, (long) (r + 1) * block);
                if (!oursFirst) {
                    a[r] = time(ours, block, 0);
                }
                ratio[r] = a[r] / b[r];
            }
            System.out.printf(Locale.ROOT, "| %d | %.3f | %.3f | %.3f |%n", batch, median(a), median(b), median(ratio));
        }
    }

    /** @return mean ms per step over {@code steps} steps */
    private static double time(LongConsumer step, int steps, long first) {
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            step.accept(first + i);
        }
        return (System.nanoTime() - start) / 1e6 / steps;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
