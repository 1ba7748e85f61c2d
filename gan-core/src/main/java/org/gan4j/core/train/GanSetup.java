package org.gan4j.core.train;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gan4j.api.role.Augmentation;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.role.Generator;
import org.gan4j.api.role.Loss;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.spi.Backend;
import org.gan4j.core.data.BatchSource;

/**
 * The parts of a GAN, composed: what {@link GanTrainer} trains.
 *
 * @param backend runs the computation
 * @param generator G
 * @param discriminator D
 * @param loss the adversarial objective
 * @param regularizers constraints on D, applied in order
 * @param updates how the players are updated: separate optimizers or one joint optimizer
 * @param data real batches
 * @param noise the distribution of G's latent noise
 * @param augmentation T, applied to the real and the generated batch before D scores them (both players' losses
 *     score D(T(·)), and the regularizers see D∘T); empty for none
 */
public record GanSetup(Backend backend, Generator generator, Discriminator discriminator, Loss loss,
        List<Regularizer> regularizers, PlayerUpdates updates, BatchSource data, NoisePrior noise,
        Optional<Augmentation> augmentation) {
    /** Checks that every part is present. */
    public GanSetup {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(discriminator, "discriminator");
        Objects.requireNonNull(loss, "loss");
        regularizers = List.copyOf(regularizers);
        Objects.requireNonNull(updates, "updates");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(noise, "noise");
        Objects.requireNonNull(augmentation, "augmentation");
    }

    /**
     * A setup without augmentation.
     *
     * @param backend runs the computation
     * @param generator G
     * @param discriminator D
     * @param loss the adversarial objective
     * @param regularizers constraints on D, applied in order
     * @param updates how the players are updated
     * @param data real batches
     * @param noise the distribution of G's latent noise
     */
    public GanSetup(Backend backend, Generator generator, Discriminator discriminator, Loss loss,
            List<Regularizer> regularizers, PlayerUpdates updates, BatchSource data, NoisePrior noise) {
        this(backend, generator, discriminator, loss, regularizers, updates, data, noise, Optional.empty());
    }

    /**
     * A setup with standard normal noise.
     *
     * @param backend runs the computation
     * @param generator G
     * @param discriminator D
     * @param loss the adversarial objective
     * @param regularizers constraints on D, applied in order
     * @param updates how the players are updated
     * @param data real batches
     */
    public GanSetup(Backend backend, Generator generator, Discriminator discriminator, Loss loss,
            List<Regularizer> regularizers, PlayerUpdates updates, BatchSource data) {
        this(backend, generator, discriminator, loss, regularizers, updates, data, NoisePrior.NORMAL);
    }

    /**
     * A setup with alternating updates.
     *
     * @param backend runs the computation
     * @param generator G
     * @param discriminator D
     * @param loss the adversarial objective
     * @param regularizers constraints on D, applied in order
     * @param discriminatorOptimizer D's update rule
     * @param generatorOptimizer G's update rule
     * @param data real batches
     */
    public GanSetup(Backend backend, Generator generator, Discriminator discriminator, Loss loss,
            List<Regularizer> regularizers, Optimizer discriminatorOptimizer, Optimizer generatorOptimizer,
            BatchSource data) {
        this(backend, generator, discriminator, loss, regularizers,
                new PlayerUpdates.Separate(discriminatorOptimizer, generatorOptimizer), data);
    }
}
