package org.gan4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.data.ImageDataset;
import org.gan4j.core.eval.FrozenClassifier;
import org.gan4j.core.eval.ImageScore;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.TrainingConfig;
import org.gan4j.examples.output.RunSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gan eval}: scores a trained image generator (the newest checkpoint of a run, or a given one) with FID, KID,
 * precision/recall, density/coverage and the class histogram, on the frozen Fashion-MNIST classifier's features,
 * beside the floor FID(train, test) at the same N. Writes {@code eval-<step>.json} into the run folder.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score a trained image GAN: FID, KID, precision/recall, density/coverage and class shares on the "
                + "features of a small classifier trained on Fashion-MNIST (not Inception), beside the train-vs-test floor.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--run", required = true, paramLabel = "DIR",
            description = "a run folder written by gan train (its newest checkpoint is used) or one of its checkpoints/step-N")
    private Path run;

    @Option(names = "--samples", defaultValue = "10000", description = "generated images to score (default: ${DEFAULT-VALUE})")
    private int samples;

    @Option(names = "--classifier", paramLabel = "DIR",
            description = "a checkpoint written by gan classifier (default: the one shipped, trained on Fashion-MNIST)")
    private Path classifier;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (samples < 2 * 5) {
            throw new InvalidArgumentException("--samples", samples, "it must be at least 10 for the k = 5 neighbour metrics");
        }
        TrainCommand.ResumePoint point = TrainCommand.ResumePoint.locate(run);
        Checkpoint checkpoint = CheckpointStore.load(point.checkpoint());
        SavedRun saved = SavedRun.from(checkpoint);
        TrainingData data = TrainingData.of(saved.dataset(), saved.data());
        if (!(data instanceof TrainingData.Images images)) {
            throw new InvalidArgumentException("--run", run, "it trained on " + saved.dataset() + "; gan eval scores "
                    + "image generators, and gan train already scores 2-D mixtures");
        }
        PluginRegistry registry = PluginRegistry.load();
        var setup = saved.choices().assemble(registry, data.batches(saved.batchSize(), saved.seed()));
        TrainingConfig config = new TrainingConfig(saved.batchSize(), saved.steps(), saved.criticSteps(), saved.seed(),
                data.recipe().evaluationSamples(), 0).withGeneratorAverage(saved.generatorAverage());
        PrintWriter console = spec.commandLine().getOut();
        ImageScore score;
        long started = System.nanoTime();
        try (GanTrainer trainer = new GanTrainer(setup, config);
                FrozenClassifier features = classifier == null ? FrozenClassifier.fashionMnist(setup.backend())
                        : FrozenClassifier.from(setup.backend(), CheckpointStore.load(classifier))) {
            checkpoint.restoreInto(trainer);
            score = ImageScore.evaluate(features, trainer.generate(samples), ImageDataset.load(images.folder(), "train"),
                    ImageDataset.load(images.folder(), "t10k"));
        }
        long step = checkpoint.manifest().step();
        Path file = point.runFolder().resolve(String.format("eval-%06d.json", step));
        Files.writeString(file, new RunSummary(saved.dataset(), saved.seed(), step, score.asMap(),
                (System.nanoTime() - started) / 1e9, saved.choices().describe()).toJson());
        console.println(describe(score, step));
        console.println("wrote " + file.toAbsolutePath());
        return 0;
    }

    /** @return the score as the lines gan eval prints */
    static String describe(ImageScore s, long step) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "step %d, %d samples, features of the frozen Fashion-MNIST classifier (test accuracy %.2f%%), not Inception:%n",
                step, s.samples(), 100 * s.classifierAccuracy()));
        b.append(String.format(Locale.ROOT, "  FID %.3f (floor train vs test %.3f)   KID %.5f (floor %.5f)%n", s.fid(),
                s.fidFloor(), s.kid(), s.kidFloor()));
        b.append(String.format(Locale.ROOT, "  precision %.3f  recall %.3f  density %.3f  coverage %.3f%n",
                s.neighbours().precision(), s.neighbours().recall(), s.neighbours().density(), s.neighbours().coverage()));
        b.append("  class shares:");
        for (int c = 0; c < s.classShares().length; c++) {
            b.append(String.format(Locale.ROOT, " %d:%.1f%%", c, 100 * s.classShares()[c]));
        }
        b.append(String.format(Locale.ROOT, "  (smallest %.1f%%)%n  test images' shares:", 100 * s.smallestClassShare()));
        for (int c = 0; c < s.testClassShares().length; c++) {
            b.append(String.format(Locale.ROOT, " %d:%.1f%%", c, 100 * s.testClassShares()[c]));
        }
        return b.toString();
    }
}
