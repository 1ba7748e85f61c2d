package org.gan4j.api.spi;

import java.util.List;
import java.util.Map;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * A graph being traced and the means to run it: what a backend gives the trainer.
 *
 * <p>Call order: trace with {@link #ops()} and {@link #input}; {@link #compile} each step; then {@link #run}
 * steps any number of times, reading and writing variables between runs. Variables are initialized at the
 * first run. Not thread-safe; close it to free native memory.
 *
 * @since 0.1
 */
@Stable
public interface Computation extends AutoCloseable {
    /** @return the op vocabulary that adds to this computation's graph */
    Ops ops();

    /**
     * @param name a name unique in this computation
     * @param shape its shape; {@link Shape#UNKNOWN} dimensions take their size from each fed value
     * @param type its element type
     * @return a tensor whose value is fed at every run that needs it
     */
    Tensor input(String name, Shape shape, DType type);

    /**
     * Compiles a step. Ordering is part of the contract: every fetched value and every assigned value is
     * computed from the variables as they were when the run started, and only then are all assignments
     * applied. A run is therefore bit-for-bit reproducible however the backend schedules its work.
     *
     * @param definition the writes and the fetched values
     * @return the compiled step
     */
    CompiledStep compile(StepDefinition definition);

    /**
     * Runs a step once, as one native call.
     *
     * @param step a step compiled by this computation
     * @param feeds a value for every input the step depends on
     * @param tick the position of this run in the run's random streams (see {@link Ops}); use a new tick for
     *     each run that should draw new numbers
     * @return the fetched values by name
     */
    Map<String, HostTensor> run(CompiledStep step, Map<Tensor, HostTensor> feeds, long tick);

    /** @return every variable created so far, in order of creation */
    List<Variable> variables();

    /**
     * @param variable a variable of this computation
     * @return its current value
     */
    HostTensor read(Variable variable);

    /**
     * @param variable a variable of this computation
     * @param value its new value, of its shape and type
     */
    void write(Variable variable, HostTensor value);

    /**
     * The memory the tensors traced so far take: the bytes of every value the computation's ops compute, at their
     * traced shapes, views of another value (identities, reshapes) and the values fed only to write a variable
     * left out. Steps compute from these values, and training keeps a network's forward values until its
     * gradients are computed, so a caller that checks this after tracing the forward pass learns, before anything
     * runs, about how much memory a step needs.
     *
     * @return the bytes, or -1 when the backend cannot tell (the default)
     * @since 0.1
     */
    default long tensorBytes() {
        return -1;
    }

    /**
     * Saves a function of this computation, with the current values of the variables it reads, in the backend's
     * portable format (TensorFlow: a SavedModel with tag {@code serve}), for {@link Backend#load} in any process.
     *
     * @param directory a folder that does not exist yet
     * @param signature the function's name, for example {@code generate}
     * @param inputs the inputs it takes, by name
     * @param outputs what it returns, by name
     * @throws org.gan4j.api.GanException when the backend cannot export or the folder cannot be written
     */
    default void export(java.nio.file.Path directory, String signature, Map<String, Tensor> inputs,
            Map<String, Tensor> outputs) {
        throw new org.gan4j.api.GanException("this backend cannot export a model; use the tensorflow backend");
    }

    /** Frees the graph and everything that runs it. */
    @Override
    void close();
}
