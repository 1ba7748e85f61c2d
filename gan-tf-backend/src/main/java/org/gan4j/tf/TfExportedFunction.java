package org.gan4j.tf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gan4j.api.GanException;
import org.gan4j.api.spi.ExportedFunction;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;
import org.tensorflow.exceptions.TensorFlowException;

/** A function of a SavedModel (tag {@code serve}) loaded with {@link SavedModelBundle}. */
final class TfExportedFunction implements ExportedFunction {
    private final SavedModelBundle bundle;
    private final SessionFunction function;
    private final String signature;

    private TfExportedFunction(SavedModelBundle bundle, SessionFunction function, String signature) {
        this.bundle = bundle;
        this.function = function;
        this.signature = signature;
    }

    /**
     * @param directory the SavedModel's folder
     * @param signature the function's name
     * @param config what the SavedModel's session is opened with
     * @return the function
     */
    static TfExportedFunction load(Path directory, String signature, org.tensorflow.proto.ConfigProto config) {
        if (!Files.isRegularFile(directory.resolve("saved_model.pb"))) {
            throw new GanException("no SavedModel in " + directory + " (saved_model.pb is missing); pass the folder "
                    + "Computation.export wrote");
        }
        SavedModelBundle bundle;
        try {
            bundle = SavedModelBundle.loader(directory.toString()).withTags(SavedModelBundle.DEFAULT_TAG)
                    .withConfigProto(config).load();
        } catch (TensorFlowException | IllegalArgumentException e) {
            throw new GanException("cannot load the SavedModel in " + directory + ": " + e.getMessage(), e);
        }
        SessionFunction function;
        try {
            function = bundle.function(signature);
        } catch (IllegalArgumentException e) {
            function = null;
        }
        if (function == null) {
            List<String> known = bundle.signatures().stream().map(org.tensorflow.Signature::key).toList();
            bundle.close();
            throw new GanException("the SavedModel in " + directory + " has no signature '" + signature + "'; it has "
                    + known);
        }
        return new TfExportedFunction(bundle, function, signature);
    }

    @Override
    public Map<String, HostTensor> call(Map<String, HostTensor> inputs) {
        Map<String, org.tensorflow.Tensor> feeds = new LinkedHashMap<>();
        List<org.tensorflow.Tensor> opened = new ArrayList<>();
        try {
            inputs.forEach((name, value) -> {
                org.tensorflow.Tensor t = HostTensors.toNative(value);
                opened.add(t);
                feeds.put(name, t);
            });
            Map<String, HostTensor> out = new LinkedHashMap<>();
            try (Result result = function.call(feeds)) {
                for (String name : function.signature().outputNames()) {
                    out.put(name, HostTensors.toHost(result.get(name).orElseThrow(), name));
                }
            }
            return out;
        } catch (TensorFlowException | IllegalArgumentException e) {
            throw new GanException("calling '" + signature + "' failed: " + e.getMessage(), e);
        } finally {
            opened.forEach(org.tensorflow.Tensor::close);
        }
    }

    @Override
    public Map<String, Optional<Shape>> inputs() {
        return declared(function.signature().getInputs());
    }

    @Override
    public Map<String, Optional<Shape>> outputs() {
        return declared(function.signature().getOutputs());
    }

    /** @return the signature's tensors by name, with their shapes as the SavedModel declares them */
    private static Map<String, Optional<Shape>> declared(Map<String, org.tensorflow.Signature.TensorDescription> tensors) {
        Map<String, Optional<Shape>> declared = new TreeMap<>();
        tensors.forEach((name, t) -> declared.put(name, t.shape.isUnknown() ? Optional.empty()
                : Optional.of(Shape.of(t.shape.asArray()))));
        return declared;
    }

    @Override
    public void close() {
        bundle.close();
    }
}
