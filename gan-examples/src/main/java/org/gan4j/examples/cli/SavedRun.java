package org.gan4j.examples.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gan4j.core.checkpoint.CheckpointCorruptException;
import org.gan4j.core.checkpoint.CheckpointManifest;

/**
 * How {@code gan train} made a run, as it is stored in each checkpoint's manifest ({@code run.*} keys) and read
 * back by {@code --resume}: every choice that shapes the model, the data or the schedule.
 *
 * @param dataset the mixture's name
 * @param choices the providers, with their settings
 * @param batchSize the batch size
 * @param criticSteps discriminator steps per generator step
 * @param seed the seed
 * @param steps the planned total of generator steps
 */
record SavedRun(String dataset, GanChoices choices, int batchSize, int criticSteps, long seed, long steps) {

    /** @return the manifest's {@code run.*} entries */
    SortedMap<String, String> toMap() {
        SortedMap<String, String> map = new TreeMap<>();
        map.put("dataset", dataset);
        map.put("loss", choices.loss().toString());
        map.put("regularizers", String.join(";", choices.regularizers().stream().map(ProviderSpec::toString).toList()));
        map.put("d_optimizer", choices.discriminatorOptimizer().toString());
        map.put("g_optimizer", choices.generatorOptimizer().toString());
        map.put("generator", choices.generator().toString());
        map.put("discriminator", choices.discriminator().toString());
        map.put("backend", choices.backend().orElse(""));
        map.put("batch_size", Integer.toString(batchSize));
        map.put("critic_steps", Integer.toString(criticSteps));
        map.put("seed", Long.toString(seed));
        map.put("steps", Long.toString(steps));
        return map;
    }

    /**
     * @param run a manifest's {@code run.*} entries
     * @param checkpoint the checkpoint folder, for messages
     * @return the run they describe
     * @throws CheckpointCorruptException when a key is missing or does not parse
     */
    static SavedRun from(Map<String, String> run, Path checkpoint) {
        Path manifest = checkpoint.resolve(CheckpointManifest.FILE);
        Fields f = new Fields(run, manifest);
        String regularizers = f.text("regularizers");
        String backend = f.text("backend");
        GanChoices choices = new GanChoices(backend.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(backend),
                ProviderSpec.parse(f.text("generator")), ProviderSpec.parse(f.text("discriminator")),
                ProviderSpec.parse(f.text("loss")),
                regularizers.isEmpty() ? List.of() : Arrays.stream(regularizers.split(";")).map(ProviderSpec::parse).toList(),
                ProviderSpec.parse(f.text("d_optimizer")), ProviderSpec.parse(f.text("g_optimizer")));
        return new SavedRun(f.text("dataset"), choices, Math.toIntExact(f.number("batch_size")),
                Math.toIntExact(f.number("critic_steps")), f.number("seed"), f.number("steps"));
    }

    private record Fields(Map<String, String> run, Path manifest) {
        String text(String key) {
            String value = run.get(key);
            if (value == null) {
                throw new CheckpointCorruptException(manifest, "the key 'run." + key + "' is missing, so the run "
                        + "cannot be rebuilt", "Was it written by gan train? Resume it with the program that made it.");
            }
            return value;
        }

        long number(String key) {
            try {
                return Long.parseLong(text(key));
            } catch (NumberFormatException e) {
                throw new CheckpointCorruptException(manifest, "run." + key + " is '" + text(key) + "', not an integer",
                        "Resume from an earlier checkpoint of the run.");
            }
        }
    }
}
