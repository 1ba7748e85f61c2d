package org.gan4j.core.checkpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.run.RunDescription;
import org.gan4j.core.train.GanTrainer;

/**
 * A verified checkpoint, read into memory.
 *
 * @param folder where it was read from
 * @param manifest what it says about itself
 * @param values every variable's value by name, in the manifest's order
 */
public record Checkpoint(Path folder, CheckpointManifest manifest, Map<String, HostTensor> values) {
    /** Copies. */
    public Checkpoint {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Restores every variable and the step count into a trainer, after checking that the trainer's variables
     * are exactly the checkpoint's, with the same shapes and types.
     *
     * @param trainer a trainer built with the configuration the checkpoint was made with
     * @throws CheckpointMismatchException listing every differing variable; nothing is written then
     */
    public void restoreInto(GanTrainer trainer) {
        Map<String, VariableEntry> saved = new LinkedHashMap<>();
        manifest.variables().forEach(v -> saved.put(v.name(), v));
        List<String> differences = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (Variable v : trainer.computation().variables()) {
            present.add(v.name());
            VariableEntry entry = saved.get(v.name());
            VariableEntry model = new VariableEntry(v.name(), v.dtype(), v.shape());
            if (entry == null) {
                differences.add(model.describe() + ": in the model, not in the checkpoint");
            } else if (!entry.equals(model)) {
                differences.add(v.name() + ": the checkpoint has " + entry.type() + ", the model " + model.type());
            }
        }
        saved.values().stream().filter(e -> !present.contains(e.name()))
                .forEach(e -> differences.add(e.describe() + ": in the checkpoint, not in the model"));
        if (!differences.isEmpty()) {
            throw new CheckpointMismatchException(folder.toString(), differences);
        }
        trainer.restore(manifest.step(), values);
    }

    /**
     * @return the run the checkpoint belongs to, as its manifest's {@code run.*} section describes it
     * @throws CheckpointCorruptException naming the manifest when a key is missing or a value does not parse
     */
    public RunDescription description() {
        Path file = folder.resolve(CheckpointManifest.FILE);
        return RunDescription.fromMap(manifest.run(), "run.", problem -> new CheckpointCorruptException(file, problem,
                "Was it written by gan4j? Resume from an earlier checkpoint of the run, or with the version that made it."));
    }

    /**
     * @param key a key of the manifest's {@code run.*} section
     * @return its value
     * @throws CheckpointCorruptException naming the manifest when the key is missing
     */
    public String runSetting(String key) {
        String value = manifest.run().get(key);
        if (value == null) {
            throw new CheckpointCorruptException(folder.resolve(CheckpointManifest.FILE), "the key 'run." + key
                    + "' is missing, so the run cannot be rebuilt", "Was it written by gan4j? Resume it with the "
                    + "version that made it.");
        }
        return value;
    }

    /**
     * @param key a key of the manifest's {@code run.*} section
     * @return its value as an integer
     * @throws CheckpointCorruptException naming the manifest when the key is missing or not an integer
     */
    public long runInteger(String key) {
        String value = runSetting(key);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new CheckpointCorruptException(folder.resolve(CheckpointManifest.FILE), "run." + key + " is '"
                    + value + "', not an integer", "Resume from an earlier checkpoint of the run.");
        }
    }
}
