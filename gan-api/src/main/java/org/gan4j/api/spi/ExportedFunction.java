package org.gan4j.api.spi;

import java.util.Map;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.HostTensor;

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

    @Override
    void close();
}
