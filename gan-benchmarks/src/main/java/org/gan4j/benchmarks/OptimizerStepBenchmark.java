package org.gan4j.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.spi.Backend;
import org.gan4j.core.data.GaussianMixture2D;
import org.gan4j.core.data.MixtureBatches;
import org.gan4j.core.models.MlpDiscriminator;
import org.gan4j.core.models.MlpDiscriminatorParameters;
import org.gan4j.core.models.MlpGenerator;
import org.gan4j.core.models.MlpGeneratorParameters;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.PlayerUpdates;
import org.gan4j.core.train.TrainingConfig;

/**
 * The wall time of one training step on ring8's default model (G 16→128→128→2, D 2×2→128→128→1 with pack 2,
 * batch 256, WGAN loss, lr 1e-5 for every rule so that none diverges) under each update rule, relative to SGD:
 * the cost of nonlinear CG's extra state and inner products, and of CGD/ACGD's Hessian-vector products and
 * unrolled linear CG.
 *
 * <p>All trainers live in this JVM and run in interleaved blocks, so machine load affects them alike; the
 * figures are medians over rounds of the mean step time per block and of the per-round ratio to SGD.
 * Arguments: {@code [rounds] [stepsPerBlock]}, default 7 and 60.
 */
public final class OptimizerStepBenchmark {
    private static final List<String> OPTIMIZERS = List.of("sgd", "momentum", "adam", "cg-fr", "cg-prp", "cg-hs", "cg-dy",
            "cg-hz", "cg-hs-dy", "cg-fr-prp", "cgd", "acgd");

    /** A small rate, so that no rule diverges on the unregularized WGAN loss during the benchmark. */
    private static final Hyperparameters SETTINGS = Hyperparameters.parse("lr=1e-5");

    private OptimizerStepBenchmark() {
    }

    /** @param args rounds and steps per block */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int block = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        PluginRegistry registry = PluginRegistry.load();
        Backend backend = registry.select(ProviderKind.BACKEND, Optional.empty()).create(Hyperparameters.empty());
        Map<String, GanTrainer> trainers = new LinkedHashMap<>();
        try {
            for (String id : OPTIMIZERS) {
                trainers.put(id, new GanTrainer(setup(registry, backend, id),
                        new TrainingConfig(256, (long) (rounds + 1) * block, 1, 1, 16, 0)));
            }
            Map<String, double[]> times = new LinkedHashMap<>();
            trainers.keySet().forEach(id -> times.put(id, new double[rounds]));
            trainers.values().forEach(t -> time(t, block));
            for (int r = 0; r < rounds; r++) {
                List<String> order = new ArrayList<>(trainers.keySet());
                if (r % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (String id : order) {
                    times.get(id)[r] = time(trainers.get(id), block);
                }
            }
            System.out.printf(Locale.ROOT, "ring8 default model, batch 256, wgan; %d blocks of %d steps, %d cores%n",
                    rounds, block, Runtime.getRuntime().availableProcessors());
            System.out.println("| optimizer | ms/step | relative to sgd (median of per-round ratios) |");
            System.out.println("|---|---|---|");
            double[] sgd = times.get("sgd");
            times.forEach((id, t) -> {
                double[] ratio = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratio[r] = t[r] / sgd[r];
                }
                System.out.printf(Locale.ROOT, "| %s | %.3f | %.2f |%n", id, median(t), median(ratio));
            });
        } finally {
            trainers.values().forEach(GanTrainer::close);
        }
    }

    private static GanSetup setup(PluginRegistry registry, Backend backend, String optimizer) {
        PlayerUpdates updates = registry.has(ProviderKind.JOINT_OPTIMIZER, optimizer)
                ? new PlayerUpdates.Joint(registry.require(ProviderKind.JOINT_OPTIMIZER, optimizer).create(SETTINGS))
                : new PlayerUpdates.Separate(registry.require(ProviderKind.OPTIMIZER, optimizer).create(SETTINGS),
                        registry.require(ProviderKind.OPTIMIZER, optimizer).create(SETTINGS));
        MixtureBatches data = new MixtureBatches(GaussianMixture2D.ring8(), 256, 1);
        return new GanSetup(backend,
                new MlpGenerator(data.sampleShape(), MlpGeneratorParameters.from(Hyperparameters.parse("latent=16,width=128,depth=2"))),
                new MlpDiscriminator(data.sampleShape(), MlpDiscriminatorParameters.from(Hyperparameters.parse("width=128,depth=2,pack=2"))),
                registry.require(ProviderKind.LOSS, "wgan").create(Hyperparameters.empty()), List.of(), updates,
                data);
    }

    /** @return mean ms per step over {@code steps} steps */
    private static double time(GanTrainer trainer, int steps) {
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            trainer.step();
        }
        return (System.nanoTime() - start) / 1e6 / steps;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
