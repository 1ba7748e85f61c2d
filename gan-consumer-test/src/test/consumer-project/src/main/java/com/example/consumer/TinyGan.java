package com.example.consumer;

import java.util.List;
import java.util.Locale;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.data.GaussianMixture2D;
import org.gan4j.core.data.MixtureBatches;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderInfo;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingConfig;

/**
 * A user's program: a small MLP GAN on the 8-mode ring, every part chosen by id from the providers on the class path,
 * trained for a few steps. It prints where the loss came from and the last step's losses.
 */
public final class TinyGan {
    private static final int BATCH = 64;
    private static final int STEPS = 5;
    private static final long SEED = 1;

    private TinyGan() {
    }

    /** @param args none */
    public static void main(String[] args) {
        PluginRegistry registry = PluginRegistry.load();
        ProviderInfo loss = registry.providers(ProviderKind.LOSS).stream()
                .filter(p -> p.id().equals("non-saturating")).findFirst().orElseThrow();
        System.out.println("loss " + loss.id() + " from " + loss.source());

        Shape point = Shape.of(2);
        Hyperparameters small = Hyperparameters.parse("width=32,depth=1");
        Hyperparameters adam = Hyperparameters.parse("lr=1e-3,beta1=0.5");
        Backend backend = registry.require(ProviderKind.BACKEND, "tensorflow").create(Hyperparameters.empty());
        GanSetup setup = new GanSetup(backend,
                registry.require(ProviderKind.GENERATOR, "mlp").create(point, small),
                registry.require(ProviderKind.DISCRIMINATOR, "mlp").create(point, small),
                registry.require(ProviderKind.LOSS, "non-saturating").create(Hyperparameters.empty()), List.of(),
                registry.require(ProviderKind.OPTIMIZER, "adam").create(adam),
                registry.require(ProviderKind.OPTIMIZER, "adam").create(adam),
                new MixtureBatches(GaussianMixture2D.ring8(), BATCH, SEED));
        try (GanTrainer trainer = new GanTrainer(setup, new TrainingConfig(BATCH, STEPS, 1, SEED, 16, 0))) {
            StepMetrics last = null;
            for (int i = 0; i < STEPS; i++) {
                last = trainer.step();
            }
            System.out.printf(Locale.ROOT, "trained %d steps on %s: d_loss %.4f, g_loss %.4f%n", STEPS,
                    backend.description(), last.get("d_loss"), last.get("g_loss"));
        }
    }
}
