package org.gan4j.tf;

import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.ExportedFunction;
import org.tensorflow.TensorFlow;

/** The TensorFlow Java backend: each computation is one {@code Graph} and one {@code Session}. */
public final class TfBackend implements Backend {

    /** Creates the backend, registering the second-order gradients TensorFlow lacks (once per process). */
    public TfBackend() {
        SecondOrderGradients.registerOnce();
    }

    @Override
    public String description() {
        return "TensorFlow " + TensorFlow.version() + " via TensorFlow Java 1.0.0, graph mode";
    }

    @Override
    public Computation newComputation(long seed) {
        return new TfComputation(seed);
    }

    @Override
    public ExportedFunction load(java.nio.file.Path directory, String signature) {
        return TfExportedFunction.load(directory, signature);
    }
}
