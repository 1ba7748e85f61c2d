package org.gan4j.core.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gan4j.api.GanException;
import org.gan4j.api.spi.ExportedFunction;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;

/**
 * Checks a {@link SavedModelContract} against the network it describes: the names and sizes the signature declares
 * before it is called, and the outputs it gives when called. Each refusal names the contract's file, the key that
 * does not fit, what the network has instead and what to write.
 */
final class SignatureCheck {
    private SignatureCheck() {
    }

    /**
     * @param c the contract
     * @param function its signature, loaded; a backend that declares nothing is checked only when called
     * @throws GanException when a name is not the signature's or a stated size is not the declared one
     */
    static void requireDeclaredFit(SavedModelContract c, ExportedFunction function) {
        Map<String, Optional<Shape>> inputs = function.inputs();
        if (!inputs.isEmpty()) {
            if (!inputs.containsKey(c.input())) {
                throw refusal(c, SavedModelContract.INPUT, c.input(), "the signature " + c.signature() + " has no such "
                        + "input; its inputs are " + inputs.keySet() + ": name its images input");
            }
            if (inputs.size() > 1) {
                throw refusal(c, SavedModelContract.SIGNATURE, c.signature(), "it takes " + inputs.size() + " inputs "
                        + inputs.keySet() + ", but gan4j gives it only the images; export a signature of one input");
            }
            inputs.get(c.input()).ifPresent(shape -> requireImageInput(c, shape));
        }
        Map<String, Optional<Shape>> outputs = function.outputs();
        for (String key : List.of(SavedModelContract.OUTPUT, SavedModelContract.LOGITS)) {
            String name = key.equals(SavedModelContract.OUTPUT) ? c.output() : c.logits();
            if (name == null || outputs.isEmpty()) {
                continue;
            }
            if (!outputs.containsKey(name)) {
                throw refusal(c, key, name, "the signature " + c.signature() + " has no such output; its outputs are "
                        + outputs.keySet());
            }
            outputs.get(name).filter(shape -> shape.rank() != 2).ifPresent(shape -> {
                throw refusal(c, key, name, "it is declared " + shape + ", but it must be one vector per image, [n, "
                        + (key.equals(SavedModelContract.OUTPUT) ? "d" : "classes") + "]; export a pooled or flattened "
                        + "output");
            });
        }
    }

    private static void requireImageInput(SavedModelContract c, Shape declared) {
        if (declared.rank() != 4) {
            throw refusal(c, SavedModelContract.INPUT, c.input(), "it is declared " + declared + ", but gan4j gives "
                    + "images [n, height, width, channels]");
        }
        String[] keys = {SavedModelContract.BATCH, SavedModelContract.HEIGHT, SavedModelContract.WIDTH,
            SavedModelContract.CHANNELS};
        long[] stated = {c.batch(), c.height(), c.width(), c.channels()};
        for (int i = 0; i < keys.length; i++) {
            long size = declared.size(i);
            if (size != Shape.UNKNOWN && size != stated[i]) {
                throw refusal(c, keys[i], Long.toString(stated[i]), "the signature declares its input "
                        + c.input() + " as " + declared + " ([batch, height, width, channels]); set " + keys[i] + "="
                        + size);
            }
        }
    }

    /**
     * @param c the contract
     * @param out what one call on a full batch gave
     * @param name an output the contract names
     * @return its second dimension: d of the features, or the classes of the logits
     * @throws GanException when the output is missing or not [batch, d]
     */
    static int rows(SavedModelContract c, Map<String, HostTensor> out, String name) {
        String key = name.equals(c.output()) ? SavedModelContract.OUTPUT : SavedModelContract.LOGITS;
        HostTensor value = out.get(name);
        if (value == null) {
            throw refusal(c, key, name, "a call of " + c.signature() + " gives no such output; it gives "
                    + new java.util.TreeSet<>(out.keySet()));
        }
        Shape shape = value.shape();
        if (shape.rank() != 2 || shape.size(0) != c.batch() || shape.size(1) < 1) {
            throw refusal(c, key, name, "for a batch of " + c.batch() + " images it gives " + shape + ", but it must "
                    + "give one vector per image, [" + c.batch() + ", d]; export a pooled or flattened output");
        }
        return Math.toIntExact(shape.size(1));
    }

    private static GanException refusal(SavedModelContract c, String key, String value, String reason) {
        return new GanException(c.file() + ": " + key + " = " + value + " does not fit the SavedModel; " + reason);
    }
}
