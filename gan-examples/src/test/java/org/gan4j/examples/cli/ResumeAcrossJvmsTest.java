package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resume-parity contract of issue 7, through the command line, each part in its own JVM. */
class ResumeAcrossJvmsTest {

    @Test
    @DisplayName("200 straight steps, and 100 steps resumed in a new JVM for 100 more: identical losses at every step, "
            + "identical final weights, optimizer state and generator average, identical final plot; curves.png and "
            + "TensorBoard's scalars hold every step exactly once, as the uninterrupted run's do")
    void resumeParity(@TempDir Path dir) throws Exception {
        String[] common = {"--batch-size", "64", "--seed", "5", "--checkpoint-every", "50", "--optimizer", "cg-hz:lr=0.01",
            "--g-ema", "0.99"};
        ChildJvm.run(dir, concat(new String[] {"train", "--steps", "200", "--out", dir.resolve("straight").toString()}, common));
        ChildJvm.run(dir, concat(new String[] {"train", "--steps", "100", "--out", dir.resolve("split").toString()}, common));
        String resumed = ChildJvm.run(dir, "train", "--resume", dir.resolve("split").toString(), "--steps", "200");

        assertThat(resumed).contains("resuming from " + dir.resolve("split/checkpoints/step-000000100") + " at step 100");
        assertThat(ChildJvm.losses(dir.resolve("split"))).hasSize(201).isEqualTo(ChildJvm.losses(dir.resolve("straight")));
        assertThat(Files.readString(dir.resolve("split/checkpoints/step-000000200/manifest.properties")))
                .contains("run.g_ema=0.99");
        String last = "checkpoints/step-000000200/variables.bin";
        assertThat(Files.readAllBytes(dir.resolve("split").resolve(last)))
                .isEqualTo(Files.readAllBytes(dir.resolve("straight").resolve(last)));
        assertThat(Files.readAllBytes(dir.resolve("split/samples-000200.png")))
                .isEqualTo(Files.readAllBytes(dir.resolve("straight/samples-000200.png")));

        assertThat(Files.readAllBytes(dir.resolve("split/curves.png")))
                .isEqualTo(Files.readAllBytes(dir.resolve("straight/curves.png")));
        List<TensorBoardFiles.Entry> straight = TensorBoardFiles.read(dir.resolve("straight"));
        List<TensorBoardFiles.Entry> split = TensorBoardFiles.read(dir.resolve("split"));
        assertThat(steps(split, "d_loss")).isEqualTo(LongStream.rangeClosed(1, 200).boxed().toList());
        assertThat(values(split, "g_loss")).isEqualTo(values(straight, "g_loss"));
        assertThat(steps(split, "step_ms")).hasSize(200).doesNotHaveDuplicates();
    }

    private static List<Long> steps(List<TensorBoardFiles.Entry> entries, String tag) {
        return entries.stream().filter(e -> e.tag().equals(tag)).map(TensorBoardFiles.Entry::step).sorted().toList();
    }

    private static Map<Long, Float> values(List<TensorBoardFiles.Entry> entries, String tag) {
        return entries.stream().filter(e -> e.tag().equals(tag))
                .collect(Collectors.toMap(TensorBoardFiles.Entry::step, TensorBoardFiles.Entry::value));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
