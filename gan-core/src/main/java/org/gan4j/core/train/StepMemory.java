package org.gan4j.core.train;

import org.gan4j.core.run.InvalidRunOptionException;
import org.gan4j.core.run.Memory;
import org.gan4j.core.run.RunOptions;

/**
 * Refuses a batch size whose training step cannot fit in memory, before the step first runs. What a step needs is
 * about the forward pass of both networks on a real and a generated batch, which backpropagation keeps until the
 * gradients are computed: the bytes the computation reports after tracing it ({@code Computation.tensorBytes}).
 * Measured on TensorFlow's DCGAN at batch 1,024, that is 1.5 GB where the process grew by 1.2 GB: close, and on the
 * high side, since grappler fuses some of the values away.
 * TensorFlow allocates outside the Java heap, so those bytes must fit in the machine's memory less the heap's limit.
 * A request over it would otherwise end in TensorFlow running out of memory mid-step, or the process killed.
 */
final class StepMemory {
    private StepMemory() {
    }

    /**
     * @param forwardBytes the forward pass's bytes at {@code batchSize}, weights included; negative when the backend
     *     cannot tell
     * @param weightBytes the bytes of the variables, which do not grow with the batch
     * @param batchSize the batch size traced
     * @param memory what the process may use
     * @throws InvalidRunOptionException naming the batch size, the memory needed and available and the largest batch
     *     that fits, when the forward pass alone exceeds the memory outside the heap
     */
    static void require(long forwardBytes, long weightBytes, int batchSize, Memory memory) {
        long available = memory.outsideHeapBytes();
        if (forwardBytes < 0 || forwardBytes <= available) {
            return;
        }
        double perSample = Math.max(1, forwardBytes - weightBytes) / (double) batchSize;
        long fits = (long) ((available - weightBytes) / perSample);
        throw new InvalidRunOptionException(RunOptions.BATCH_SIZE, batchSize, "a training step at this batch size needs "
                + "about " + Memory.text(forwardBytes) + " for the weights and the values of both networks on a real and "
                + "a generated batch (estimated from the traced graph), more than the " + Memory.text(available)
                + " this machine leaves outside the Java heap (" + Memory.text(memory.physicalBytes())
                + " in all, the heap may take " + Memory.text(memory.heapBytes()) + "); " + (fits >= 1
                        ? "use a ${batch_size} of at most " + fits
                        : "the networks do not fit even at batch size 1 (their weights take " + Memory.text(weightBytes)
                                + "); make them smaller"));
    }
}
