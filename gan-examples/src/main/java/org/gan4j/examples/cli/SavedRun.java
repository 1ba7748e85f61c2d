package org.gan4j.examples.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointCorruptException;
import org.gan4j.core.checkpoint.CheckpointManifest;
import org.gan4j.core.registry.ProviderSpec;

/**
 * How {@code gan train} made a run, as it is stored in each checkpoint's manifest ({@code run.*} keys) and read
 * back by {@code --resume}: every choice that shapes the model, the data or the schedule.
 *
 * @param dataset the data set's id
 * @param data the folder of an image data set's files, or null for generated data
 * @param choices the providers, with their settings
 * @param batchSize the batch size
 * @param criticSteps discriminator steps per generator step
 * @param seed the seed
 * @param steps the planned total of generator steps
 * @param generatorAverage the decay of the generator's weight average, 0 for none (a manifest without the key, from
 *     before the option existed, means none)
 */
record SavedRun(String dataset, Path data, GanChoices choices, int batchSize, int criticSteps, long seed, long steps,
        double generatorAverage) {

    /** @return the manifest's {@code run.*} entries */
    SortedMap<String, String> toMap() {
        SortedMap<String, String> map = new TreeMap<>();
        map.put("dataset", dataset);
        map.put("data", data == null ? "" : data.toAbsolutePath().toString());
        map.put("loss", choices.loss().toString());
        map.put("regularizers", String.join(";", choices.regularizers().stream().map(ProviderSpec::toString).toList()));
        map.put("d_optimizer", choices.discriminatorOptimizer().toString());
        map.put("g_optimizer", choices.generatorOptimizer().toString());
        map.put("updates", choices.simultaneous() ? GanChoices.SIMULTANEOUS : GanChoices.ALTERNATING);
        map.put("generator", choices.generator().toString());
        map.put("discriminator", choices.discriminator().toString());
        map.put("backend", choices.backend().orElse(""));
        map.put("batch_size", Integer.toString(batchSize));
        map.put("critic_steps", Integer.toString(criticSteps));
        map.put("seed", Long.toString(seed));
        map.put("steps", Long.toString(steps));
        map.put("g_ema", Double.toString(generatorAverage));
        return map;
    }

    /**
     * @param checkpoint a verified checkpoint written by {@code gan train}
     * @return the run its manifest describes
     * @throws CheckpointCorruptException when a key is missing or does not parse
     */
    static SavedRun from(Checkpoint checkpoint) {
        String regularizers = checkpoint.runSetting("regularizers");
        String backend = checkpoint.runSetting("backend");
        GanChoices choices = new GanChoices(backend.isEmpty() ? Optional.empty() : Optional.of(backend),
                ProviderSpec.parse(checkpoint.runSetting("generator")), ProviderSpec.parse(checkpoint.runSetting("discriminator")),
                ProviderSpec.parse(checkpoint.runSetting("loss")),
                regularizers.isEmpty() ? List.of() : Arrays.stream(regularizers.split(";")).map(ProviderSpec::parse).toList(),
                ProviderSpec.parse(checkpoint.runSetting("d_optimizer")), ProviderSpec.parse(checkpoint.runSetting("g_optimizer")),
                GanChoices.SIMULTANEOUS.equals(checkpoint.manifest().run().getOrDefault("updates", GanChoices.ALTERNATING)));
        String data = checkpoint.manifest().run().getOrDefault("data", "");
        return new SavedRun(checkpoint.runSetting("dataset"), data.isEmpty() ? null : Path.of(data), choices, Math.toIntExact(checkpoint.runInteger("batch_size")),
                Math.toIntExact(checkpoint.runInteger("critic_steps")), checkpoint.runInteger("seed"),
                checkpoint.runInteger("steps"), generatorAverage(checkpoint));
    }

    private static double generatorAverage(Checkpoint checkpoint) {
        String value = checkpoint.manifest().run().getOrDefault("g_ema", "0");
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new CheckpointCorruptException(checkpoint.folder().resolve(CheckpointManifest.FILE), "run.g_ema is '"
                    + value + "', not a number", "Resume from an earlier checkpoint of the run.");
        }
    }
}
