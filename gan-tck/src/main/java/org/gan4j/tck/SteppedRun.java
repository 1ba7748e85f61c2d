package org.gan4j.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Variable;

/** A computation that a contract advances one compiled step at a time: an optimizer on a quadratic, say. */
interface SteppedRun extends AutoCloseable {
    /** @param tick the step's position in the run */
    void advance(long tick);

    /** @return the computation it runs in */
    Computation computation();

    @Override
    void close();

    /** @return every variable's value, optimizer state included, in order of creation */
    default List<HostTensor> readAll() {
        return computation().variables().stream().map(computation()::read).toList();
    }

    /** @param values every variable's value, as {@link #readAll} returned them */
    default void writeAll(List<HostTensor> values) {
        List<Variable> variables = computation().variables();
        for (int i = 0; i < variables.size(); i++) {
            computation().write(variables.get(i), values.get(i));
        }
    }

    /**
     * Asserts that 10 steps, a save, a fresh run restored from it and 10 more steps leave every variable bit for
     * bit where 20 straight steps do.
     *
     * @param fresh opens a new run, from the same seed each time
     */
    static void assertRestoreContinuesExactly(Supplier<? extends SteppedRun> fresh) {
        List<HostTensor> straight;
        try (SteppedRun run = fresh.get()) {
            for (int i = 0; i < 20; i++) {
                run.advance(i);
            }
            straight = run.readAll();
        }
        List<HostTensor> saved;
        try (SteppedRun run = fresh.get()) {
            for (int i = 0; i < 10; i++) {
                run.advance(i);
            }
            saved = run.readAll();
        }
        try (SteppedRun run = fresh.get()) {
            run.writeAll(saved);
            for (int i = 10; i < 20; i++) {
                run.advance(i);
            }
            assertThat(run.readAll()).as("every variable, optimizer state included").isEqualTo(straight);
        }
    }
}
