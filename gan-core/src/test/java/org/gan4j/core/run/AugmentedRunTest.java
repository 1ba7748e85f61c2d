package org.gan4j.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.data.ImageBatches;
import org.gan4j.core.data.ImageDataset;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderSpec;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.Metrics;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code --augment} from the run description to the trainer: the DCGAN on 32 grey 8 × 8 images, 3 steps at batch 8,
 * trains with DiffAugment in its graph, reproducibly.
 */
class AugmentedRunTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.load();

    /** 32 images of 8 × 8 whose pixel p of image i is (37·i + 11·p) mod 256. */
    private static ImageBatches images() {
        byte[] pixels = new byte[32 * 64];
        int[] labels = new int[32];
        for (int i = 0; i < 32; i++) {
            for (int p = 0; p < 64; p++) {
                pixels[i * 64 + p] = (byte) ((37 * i + 11 * p) % 256);
            }
            labels[i] = i % 2;
        }
        return new ImageBatches(new ImageDataset("test images", Shape.of(8, 8, 1), ByteBuffer.wrap(pixels), labels,
                List.of("0", "1")), 8, 5);
    }

    private static RunDescription.Builder run() {
        return RunDescription.builder().set(RunOptions.DATASET, "fashion-mnist").set(RunOptions.BATCH_SIZE, 8)
                .set(RunOptions.STEPS, 3L).set(RunOptions.EVALUATION_SAMPLES, 8);
    }

    /** @return every step's metrics but the wall time */
    private static List<Map<String, Double>> train(RunDescription run) {
        List<Map<String, Double>> steps = Collections.synchronizedList(new ArrayList<>());
        try (GanTrainer trainer = new RunAssembly(run, REGISTRY).trainer(images())) {
            trainer.train(List.of(new TrainingListener() {
                @Override
                public void onStep(StepMetrics metrics) {
                    steps.add(metrics.values());
                }
            }));
        }
        return steps;
    }

    @Test
    @DisplayName("--augment diffaugment trains 3 finite steps, two runs give identical metrics, and they differ from the "
            + "run without augmentation")
    void trainsReproducibly() {
        RunDescription augmented = run().set(RunOptions.AUGMENT, ProviderSpec.parse("diffaugment")).build();
        List<Map<String, Double>> first = train(augmented);
        assertThat(first).hasSize(3);
        assertThat(first).allSatisfy(step -> assertThat(step.values()).allMatch(Double::isFinite));
        assertThat(train(augmented)).as("a second run").isEqualTo(first);
        List<Map<String, Double>> plain = train(run().build());
        assertThat(plain.get(0).get(Metrics.D_REAL)).as("D(x) of the first batch, without augmentation")
                .isNotEqualTo(first.get(0).get(Metrics.D_REAL));
    }

    @Test
    @DisplayName("with R1 or WGAN-GP, whose gradient of a gradient goes through the augmentation, it trains a finite step")
    void penaltiesThroughTheAugmentation() {
        for (String[] lossAndPenalty : new String[][] {{"non-saturating", "r1"}, {"wgan", "gp"}}) {
            RunDescription run = run().set(RunOptions.AUGMENT, ProviderSpec.parse("diffaugment"))
                    .set(RunOptions.LOSS, ProviderSpec.parse(lossAndPenalty[0]))
                    .set(RunOptions.REGULARIZERS, List.of(ProviderSpec.parse(lossAndPenalty[1])))
                    .set(RunOptions.STEPS, 1L).set(RunOptions.CRITIC_STEPS, 1).build();
            List<Map<String, Double>> steps = train(run);
            assertThat(steps).hasSize(1);
            assertThat(steps.get(0).get(Metrics.D_PENALTY)).as(lossAndPenalty[1]).isFinite().isPositive();
        }
    }

    @Test
    @DisplayName("a saved run without the key has no augmentation; bad settings name --augment's key, the value and the "
            + "known policies")
    void optionAndRefusals() {
        Map<String, String> saved = new java.util.TreeMap<>(run().build().toMap());
        assertThat(saved).containsEntry("augment", "");
        saved.remove("augment");
        assertThat(RunDescription.fromMap(saved, "", IllegalStateException::new).get(RunOptions.AUGMENT)).isNull();
        RunDescription blur = run().set(RunOptions.AUGMENT, ProviderSpec.parse("diffaugment:policy=blur")).build();
        assertThatThrownBy(() -> new RunAssembly(blur, REGISTRY).augmentation(Shape.of(8, 8, 1)))
                .isInstanceOf(InvalidRunOptionException.class)
                .hasMessage("'augment' = diffaugment:policy=blur is invalid; diffaugment: policy = 'blur' is invalid; "
                        + "'blur' is not a policy. The policies are color, translation and cutout, joined by +, such as "
                        + "policy=color+translation+cutout.");
        RunDescription unknown = run().set(RunOptions.AUGMENT, ProviderSpec.parse("ada")).build();
        assertThatThrownBy(() -> new RunAssembly(unknown, REGISTRY).augmentation(Shape.of(8, 8, 1)))
                .isInstanceOf(InvalidRunOptionException.class).hasMessageContaining("no augmentation provider with id 'ada'")
                .hasMessageContaining("[diffaugment]");
        assertThatThrownBy(() -> RunOptions.AUGMENT.parse("diffaugment:policy=color,translation"))
                .isInstanceOf(InvalidRunOptionException.class).hasMessageContaining("'translation'");
    }
}
