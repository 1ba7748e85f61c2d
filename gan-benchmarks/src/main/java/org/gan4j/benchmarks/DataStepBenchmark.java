package org.gan4j.benchmarks;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.data.Batch;
import org.gan4j.core.data.BatchSource;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.run.RunAssembly;
import org.gan4j.core.run.RunDescription;
import org.gan4j.core.run.RunOptions;
import org.gan4j.core.train.GanTrainer;

/**
 * Whether real data slows training: the image default's training step (dcgan models, simultaneous updates) fed the
 * run's real batches (read through the image cache, shuffled, scaled and prefetched as {@code gan train} does) set
 * against the same step fed batches already in memory (the first 16 real batches, cycled), in alternating rounds in
 * one JVM. Prints each round's median step time and the ratio of the medians over all rounds. Arguments:
 * {@code DATA [size] [channels] [batch] [steps per round] [rounds]}, default size 32, channels 3, batch 64, 20 steps,
 * 5 rounds; DATA is what {@code gan train --data} takes.
 */
public final class DataStepBenchmark {
    private DataStepBenchmark() {
    }

    /** @param args the data folder, image size, channels, batch size, steps per round and rounds */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String size = args.length > 1 ? args[1] : "32";
        String channels = args.length > 2 ? args[2] : "3";
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        int steps = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        RunDescription.Builder described = RunDescription.builder().set(RunOptions.DATA, data)
                .set(RunOptions.BATCH_SIZE, batch);
        RunDescription probe = described.build();
        if (probe.get(RunOptions.DATASET).equals("folder")) {
            described.parse(RunOptions.IMAGE_SIZE, size).parse(RunOptions.CHANNELS, channels);
        }
        RunDescription run = described.build();
        RunAssembly assembly = new RunAssembly(run, PluginRegistry.load());
        BatchSource real = assembly.data();
        BatchSource preloaded = new Preloaded(assembly.data(), 16);
        System.out.printf(Locale.ROOT, "training step on %s (%s), batch %d: real batches vs the same batches preloaded, "
                + "%d rounds of %d steps, %d cores%n", data, real.sampleShape(), batch, rounds, steps,
                Runtime.getRuntime().availableProcessors());
        try (GanTrainer onReal = assembly.trainer(real); GanTrainer onPreloaded = assembly.trainer(preloaded)) {
            double[] realMedians = new double[rounds];
            double[] preloadedMedians = new double[rounds];
            System.out.println("| round | real batches ms | preloaded ms |");
            System.out.println("|---|---|---|");
            for (int r = 0; r < rounds; r++) {
                realMedians[r] = StepTimes.median(onReal, steps);
                preloadedMedians[r] = StepTimes.median(onPreloaded, steps);
                System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f |%n", r + 1, 1e3 * realMedians[r], 1e3 * preloadedMedians[r]);
            }
            double realMedian = StepTimes.median(realMedians);
            double preloadedMedian = StepTimes.median(preloadedMedians);
            System.out.printf(Locale.ROOT, "median of the rounds: real %.1f ms, preloaded %.1f ms, ratio %.3f%n",
                    1e3 * realMedian, 1e3 * preloadedMedian, realMedian / preloadedMedian);
        } finally {
            if (real instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    /** The first {@code count} batches of a source, drawn once and cycled. */
    private static final class Preloaded implements BatchSource {
        private final Batch[] pool;
        private final BatchSource source;

        Preloaded(BatchSource source, int count) throws Exception {
            this.source = source;
            pool = new Batch[count];
            for (int i = 0; i < count; i++) {
                pool[i] = source.batch(i);
            }
            if (source instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }

        @Override
        public Shape sampleShape() {
            return source.sampleShape();
        }

        @Override
        public Map<String, Shape> parts() {
            return source.parts();
        }

        @Override
        public Batch batch(long index) {
            return pool[(int) (index % pool.length)];
        }
    }
}
