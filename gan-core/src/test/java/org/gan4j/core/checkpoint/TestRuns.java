package org.gan4j.core.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.data.BatchSource;
import org.gan4j.core.data.GaussianMixture2D;
import org.gan4j.core.data.MixtureBatches;
import org.gan4j.core.models.MlpDiscriminator;
import org.gan4j.core.models.MlpDiscriminatorParameters;
import org.gan4j.core.models.MlpGenerator;
import org.gan4j.core.models.MlpGeneratorParameters;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.PlayerUpdates;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingListener;
import org.gan4j.tf.TfBackend;

/** Small ring8 GANs for checkpoint tests, and helpers to record steps and fingerprint folders. */
final class TestRuns {
    static final PluginRegistry REGISTRY = PluginRegistry.load();

    private TestRuns() {
    }

    /**
     * @param optimizer an optimizer or joint optimizer id with settings, e.g. "adam:lr=0.01"
     * @param regularizer a regularizer id, or null
     * @param generatorWidth the generator's hidden width
     * @param data the real batches (null for ring8 batches of 8)
     */
    static GanSetup setup(String optimizer, String regularizer, int generatorWidth, BatchSource data) {
        Shape sample = Shape.of(2);
        String[] spec = optimizer.split(":", 2);
        Hyperparameters settings = Hyperparameters.parse(spec.length > 1 ? spec[1] : "");
        PlayerUpdates updates = REGISTRY.has(ProviderKind.JOINT_OPTIMIZER, spec[0])
                ? new PlayerUpdates.Joint(REGISTRY.require(ProviderKind.JOINT_OPTIMIZER, spec[0]).create(settings))
                : new PlayerUpdates.Separate(REGISTRY.require(ProviderKind.OPTIMIZER, spec[0]).create(settings),
                        REGISTRY.require(ProviderKind.OPTIMIZER, spec[0]).create(settings));
        List<Regularizer> regularizers = regularizer == null ? List.of()
                : List.of(REGISTRY.require(ProviderKind.REGULARIZER, regularizer).create(Hyperparameters.empty()));
        String loss = updates instanceof PlayerUpdates.Joint ? "wgan" : "non-saturating";
        return new GanSetup(new TfBackend(),
                new MlpGenerator(sample, MlpGeneratorParameters.from(Hyperparameters.parse("latent=4,width=" + generatorWidth))),
                new MlpDiscriminator(sample, MlpDiscriminatorParameters.from(Hyperparameters.parse("width=16,pack=2"))),
                REGISTRY.require(ProviderKind.LOSS, loss).create(Hyperparameters.empty()), regularizers, updates,
                data != null ? data : new MixtureBatches(GaussianMixture2D.ring8(), 8, 3));
    }

    /** A listener that keeps every step's metrics. */
    static final class Recorder implements TrainingListener {
        final List<StepMetrics> steps = new ArrayList<>();

        @Override
        public void onStep(StepMetrics metrics) {
            steps.add(metrics);
        }

        /** @return each step's metric values, without timings */
        List<Map<String, Double>> values() {
            return steps.stream().map(StepMetrics::values).toList();
        }
    }

    /** @return every file under a folder with its SHA-256, to show that nothing was changed */
    static Map<String, String> fingerprint(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
