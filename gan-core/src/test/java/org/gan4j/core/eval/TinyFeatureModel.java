package org.gan4j.core.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * A feature network with closed-form outputs, exported as a SavedModel by the backend itself
 * ({@code Computation.export}): signature {@code serving_default}, input {@code images} [batch, 8, 8, 3], outputs
 * {@code features} = [m, q] with m the mean of an image's values and q the mean of their squares, {@code logits} =
 * [m − ½, ½ − m], and {@code pixels}, the images themselves (a rank-4 output, for refusals).
 */
final class TinyFeatureModel {
    static final int SIDE = 8;
    static final int BATCH = 4;

    private TinyFeatureModel() {
    }

    /**
     * @param backend exports it
     * @param dir a folder that does not exist yet
     * @return dir, holding the SavedModel and a contract that fits it (range 0..1, batch 4)
     */
    static Path export(Backend backend, Path dir) {
        try (Computation c = backend.newComputation(0)) {
            Ops o = c.ops();
            Tensor x = c.input("images", Shape.of(BATCH, SIDE, SIDE, 3), DType.FLOAT32);
            Tensor m = o.reshape(o.mean(x, 1, 2, 3), Shape.of(Shape.UNKNOWN, 1));
            Tensor q = o.reshape(o.mean(o.square(x), 1, 2, 3), Shape.of(Shape.UNKNOWN, 1));
            Tensor centred = o.sub(m, o.constant(0.5));
            Tensor logits = o.concat(List.of(centred, o.neg(centred)), 1);
            c.export(dir, "serving_default", Map.of("images", x), Map.of("features", o.concat(List.of(m, q), 1),
                    "logits", logits, "pixels", o.add(x, o.constant(0))));
        }
        contract(dir, Map.of());
        return dir;
    }

    /**
     * Writes the model's {@value SavedModelContract#FILE}: the one that fits, with some keys changed.
     *
     * @param dir the model's folder
     * @param changed keys to set instead (an empty value leaves the key out)
     */
    static void contract(Path dir, Map<String, String> changed) {
        Map<String, String> keys = new LinkedHashMap<>(Map.of("input", "images", "output", "features", "logits",
                "logits", "height", "8", "width", "8", "channels", "3", "range", "0..1", "batch", "4"));
        keys.putAll(changed);
        StringBuilder text = new StringBuilder("# the tiny closed-form feature network\n");
        keys.forEach((k, v) -> text.append(v.isEmpty() ? "" : k + "=" + v + "\n"));
        try {
            Files.writeString(dir.resolve(SavedModelContract.FILE), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
