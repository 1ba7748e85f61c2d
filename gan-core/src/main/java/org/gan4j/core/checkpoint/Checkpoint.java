package org.gan4j.core.checkpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Variable;
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
        Map<String, Variable> present = new LinkedHashMap<>();
        for (Variable v : trainer.computation().variables()) {
            present.put(v.name(), v);
            VariableEntry entry = saved.get(v.name());
            VariableEntry expected = new VariableEntry(v.name(), v.dtype(), v.shape());
            if (entry == null) {
                differences.add(expected.describe() + ": in the model, not in the checkpoint");
            } else if (!entry.equals(expected)) {
                differences.add(v.name() + ": the checkpoint has " + entry.dtype().name().toLowerCase(java.util.Locale.ROOT)
                        + entry.shape() + ", the model " + v.dtype().name().toLowerCase(java.util.Locale.ROOT) + v.shape());
            }
        }
        saved.values().stream().filter(e -> !present.containsKey(e.name()))
                .forEach(e -> differences.add(e.describe() + ": in the checkpoint, not in the model"));
        if (!differences.isEmpty()) {
            throw new CheckpointMismatchException(folder.toString(), differences);
        }
        trainer.restore(manifest.step(), values);
    }
}
