package org.gan4j.core.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.role.Generator;
import org.gan4j.api.role.Loss;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.data.Batch;
import org.gan4j.core.data.BatchSource;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.PlayerUpdates;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingConfig;
import org.gan4j.core.train.TrainingListener;
import org.gan4j.tf.TfBackend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The SNGAN networks train in gan4j's trainer: the paper's setting (hinge loss, spectral normalization of every
 * discriminator weight, Adam), a gradient penalty (D differentiated twice) and competitive gradient descent with
 * composed batch norm (G and D differentiated twice). Grey 32 × 32 images, ch = 4 and batches of 4 keep each run to
 * a few seconds.
 */
class SnganTrainingTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.load();
    private static final Shape IMAGE = Shape.of(32, 32, 1);
    private static final int BATCH = 4;

    /** Batches of smooth images in [−1, 1], a pure function of the index. */
    private static final BatchSource DATA = new BatchSource() {
        @Override
        public Shape sampleShape() {
            return IMAGE;
        }

        @Override
        public Batch batch(long index) {
            float[] pixels = new float[BATCH * 32 * 32];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (float) Math.sin(0.01 * i + index);
            }
            return Batch.of(HostTensor.of(IMAGE.prepend(BATCH), pixels));
        }
    };

    private static Generator generator(String settings) {
        return REGISTRY.require(ProviderKind.GENERATOR, "sngan").create(IMAGE, Hyperparameters.parse(settings));
    }

    private static Discriminator discriminator() {
        return REGISTRY.require(ProviderKind.DISCRIMINATOR, "sngan").create(IMAGE, Hyperparameters.parse("ch=4"));
    }

    private static Loss loss(String id) {
        return REGISTRY.require(ProviderKind.LOSS, id).create(Hyperparameters.empty());
    }

    private static Regularizer regularizer(String id, String settings) {
        return REGISTRY.require(ProviderKind.REGULARIZER, id).create(Hyperparameters.parse(settings));
    }

    private static Optimizer adam(String settings) {
        return REGISTRY.require(ProviderKind.OPTIMIZER, "adam").create(Hyperparameters.parse(settings));
    }

    private static List<StepMetrics> train(GanSetup setup, int criticSteps) {
        List<StepMetrics> steps = new ArrayList<>();
        try (GanTrainer trainer = new GanTrainer(setup, new TrainingConfig(BATCH, 2, criticSteps, 5, 4, 0))) {
            trainer.train(List.of(new TrainingListener() {
                @Override
                public void onStep(StepMetrics metrics) {
                    steps.add(metrics);
                }
            }));
        }
        assertThat(steps).hasSize(2);
        for (StepMetrics step : steps) {
            assertThat(step.values().values()).as("step %d's metrics", step.step()).allMatch(Double::isFinite);
        }
        return steps;
    }

    @Test
    @DisplayName("hinge + spectral-norm + Adam(2e-4, 0, 0.9), 2 critic steps: 2 steps, every kernel and the dense "
            + "weight of D normalized (an σ estimate for each), none of its biases")
    void paperSetting() {
        GanSetup setup = new GanSetup(new TfBackend(), generator("ch=4"), discriminator(), loss("hinge"),
                List.of(regularizer("spectral-norm", "")), adam("lr=2e-4,beta1=0,beta2=0.9"),
                adam("lr=2e-4,beta1=0,beta2=0.9"), DATA);
        List<StepMetrics> steps = train(setup, 2);
        Set<String> normalized = new TreeSet<>();
        steps.get(1).values().keySet().stream().filter(k -> k.startsWith("d_sn_sigma_"))
                .forEach(k -> normalized.add(k.substring("d_sn_sigma_".length())));
        // D at 32 pixels: the optimized block and block 2 have conv1, conv2 and a 1×1 shortcut; blocks 3 and 4 have
        // conv1 and conv2 (identity shortcuts); then the dense output
        assertThat(normalized).containsExactlyInAnyOrder(
                "D_block1_conv1_K", "D_block1_conv2_K", "D_block1_shortcut_K",
                "D_block2_conv1_K", "D_block2_conv2_K", "D_block2_shortcut_K",
                "D_block3_conv1_K", "D_block3_conv2_K", "D_block4_conv1_K", "D_block4_conv2_K", "D_out_W");
    }

    @Test
    @DisplayName("WGAN with a gradient penalty (D differentiated twice through its ReLUs, convolutions and pooling): 2 "
            + "steps with finite metrics")
    void gradientPenalty() {
        GanSetup setup = new GanSetup(new TfBackend(), generator("ch=4"), discriminator(), loss("wgan"),
                List.of(regularizer("gp", "lambda=10")), adam("lr=1e-4,beta1=0.5,beta2=0.9"),
                adam("lr=1e-4,beta1=0.5,beta2=0.9"), DATA);
        train(setup, 1);
    }

    @Test
    @DisplayName("cgd with batch-norm=composed and spectral norm (G and D differentiated twice, upsampling included): "
            + "2 steps with finite metrics")
    void competitiveGradientDescent() {
        GanSetup setup = new GanSetup(new TfBackend(), generator("ch=4,batch-norm=composed"), discriminator(),
                loss("hinge"), List.of(regularizer("spectral-norm", "")), new PlayerUpdates.Joint(REGISTRY.require(
                        ProviderKind.JOINT_OPTIMIZER, "cgd").create(Hyperparameters.parse("max_iterations=2"))), DATA);
        List<StepMetrics> steps = train(setup, 1);
        assertThat(steps.get(1).values()).containsKey("cg_iterations");
    }
}
