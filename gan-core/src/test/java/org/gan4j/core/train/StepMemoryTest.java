package org.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gan4j.core.run.InvalidRunOptionException;
import org.gan4j.core.run.Memory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StepMemoryTest {
    private static final long GB = 1_000_000_000L;
    /** 16 GB of memory, of which the heap may take 4. */
    private static final Memory MACHINE = new Memory(4 * GB, 16 * GB);

    @Test
    @DisplayName("a step that needs more than the memory outside the heap is refused, naming the batch size, both sizes and the largest batch that fits")
    void tooLarge() {
        assertThatThrownBy(() -> StepMemory.require(48 * GB, 0, 4096, MACHINE))
                .isInstanceOf(InvalidRunOptionException.class)
                .hasMessage("'batch_size' = 4096 is invalid; a training step at this batch size needs about 48.0 GB for "
                        + "the weights and the values of both networks on a real and a generated batch (estimated from the traced graph), "
                        + "more than the 12.0 GB this machine leaves outside the Java heap (16.0 GB in all, the heap may "
                        + "take 4.0 GB); use a 'batch_size' of at most 1024");
    }

    @Test
    @DisplayName("the weights do not grow with the batch: the largest batch that fits is what the rest leaves room for")
    void weightsAreFixed() {
        // 4 GB of weights and 20 GB of values at batch 1000: 20 MB per sample in the 8 GB the weights leave
        assertThatThrownBy(() -> StepMemory.require(24 * GB, 4 * GB, 1000, MACHINE))
                .hasMessageEndingWith("use a 'batch_size' of at most 400");
    }

    @Test
    @DisplayName("weights larger than the memory are refused with that remedy, whatever the batch size")
    void networksTooLarge() {
        assertThatThrownBy(() -> StepMemory.require(40 * GB, 39 * GB, 1, MACHINE))
                .hasMessageEndingWith("the networks do not fit even at batch size 1 (their weights take 39.0 GB); make "
                        + "them smaller");
    }

    @Test
    @DisplayName("a step that fits, or a backend that cannot tell (-1), passes")
    void fits() {
        assertThatCode(() -> StepMemory.require(12 * GB, 0, 4096, MACHINE)).doesNotThrowAnyException();
        assertThatCode(() -> StepMemory.require(-1, 0, 4096, MACHINE)).doesNotThrowAnyException();
    }
}
