package org.gan4j.api.spi;

import java.util.Map;
import java.util.Optional;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;

/**
 * A function a backend exported ({@link Computation#export}) and loaded back ({@link Backend#load}), possibly in
 * another process: the same inputs give the same outputs, bit for bit, on the same backend and machine.
 *
 * @since 0.1
 */
@Stable
public interface ExportedFunction extends AutoCloseable {
    /**
     * @param inputs a value for each of the signature's inputs, by name
     * @return every output of the signature, by name
     */
    Map<String, HostTensor> call(Map<String, HostTensor> inputs);

    /**
     * The inputs the function declares, by name, each with the shape it is declared with ({@link Shape#UNKNOWN} in a
     * dimension of any size; empty when not even the rank is declared). A caller checks what it will feed against
     * them before the first call: TensorFlow, for one, does not check a fed value against the declared shape, so a
     * network that pools globally would run on images of the wrong size and say nothing.
     *
     * @return the declared inputs; the default, for a backend that cannot tell, declares none (an empty map)
     * @since 0.1
     */
    default Map<String, Optional<Shape>> inputs() {
        return Map.of();
    }

    /**
     * The outputs the function declares, as {@link #inputs()} declares the inputs.
     *
     * @return the declared outputs; the default, for a backend that cannot tell, declares none (an empty map)
     * @since 0.1
     */
    default Map<String, Optional<Shape>> outputs() {
        return Map.of();
    }

    @Override
    void close();
}
