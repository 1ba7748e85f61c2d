package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gan4j.api.GanException;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.export.ExportedGenerator;
import org.gan4j.core.export.InferenceGenerator;
import org.gan4j.core.train.NoisePrior;
import org.gan4j.core.models.DcganGenerator;
import org.gan4j.core.models.DcganParameters;
import org.gan4j.examples.output.ImageGrid;
import org.gan4j.tf.TfBackendProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportedGeneratorTest {
    @Test
    @DisplayName("gan train on images exports its generator; gan sample in a fresh JVM draws exactly the images of the trained weights")
    void exportedGeneratorReproducesItsImagesInAFreshJvm(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        ImageFiles.write(data);
        Path run = dir.resolve("run");
        String output = ChildJvm.run(dir, "train", "--dataset", "fashion-mnist", "--data", data.toString(), "--steps", "3",
                "--batch-size", "8", "--generator", "dcgan:latent=8", "--out", run.toString());
        assertThat(output).contains("exported the generator to " + run.resolve("generator"));
        assertThat(run.resolve("samples-000003.png")).exists();

        // the reference: the newest checkpoint's weights, traced in this JVM
        Backend backend = new TfBackendProvider().create(Hyperparameters.empty());
        Checkpoint checkpoint = CheckpointStore.load(new CheckpointStore(run.resolve("checkpoints"), 1).newest().orElseThrow());
        HostTensor noise = NoisePrior.NORMAL.draw(16, 8, 5);
        float[] expected;
        try (InferenceGenerator reference = new InferenceGenerator(backend,
                new DcganGenerator(Shape.of(8, 8, 1), DcganParameters.forGenerator(Hyperparameters.parse("latent=8"))),
                checkpoint.values(), NoisePrior.NORMAL)) {
            expected = reference.generate(noise).toFloatArray();
        }
        assertThat(expected).hasSize(16 * 64);
        java.util.Set<Float> distinct = new java.util.HashSet<>();
        for (float v : expected) {
            distinct.add(v);
        }
        assertThat(distinct).as("not a constant image").hasSizeGreaterThan(100);
        ImageGrid.write(dir.resolve("expected.png"), HostTensor.of(Shape.of(16, 8, 8, 1), expected));

        try (ExportedGenerator loaded = ExportedGenerator.load(backend, run.resolve("generator"))) {
            assertThat(loaded.generate(noise).toFloatArray()).as("reloaded in this JVM").containsExactly(expected);
        }
        ChildJvm.run(dir, "sample", "--model", run.resolve("generator").toString(), "--n", "16", "--seed", "5",
                "--out", dir.resolve("sampled.png").toString());
        assertThat(Files.readAllBytes(dir.resolve("sampled.png"))).as("the fresh JVM's PNG, byte for byte")
                .isEqualTo(Files.readAllBytes(dir.resolve("expected.png")));
    }

    @Test
    @DisplayName("a folder that is not an exported generator is refused, naming the missing file")
    void notAGenerator(@TempDir Path dir) {
        Backend backend = new TfBackendProvider().create(Hyperparameters.empty());
        assertThatThrownBy(() -> ExportedGenerator.load(backend, dir)).isInstanceOf(GanException.class)
                .hasMessageContaining("gan4j-generator.properties is missing");
    }
}
