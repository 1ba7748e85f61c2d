package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gan4j.core.data.ImageDataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gan eval shows what it is doing before it scores (it printed nothing for about 2 minutes; issue 17, point 14). */
class EvalProgressTest {
    @Test
    @DisplayName("gan eval prints a line as it starts sampling, the features and the scores, before the score itself")
    void stagesBeforeTheScore(@TempDir Path dir) {
        // the frozen classifier reads 28 × 28 images: the data set it was trained on
        assumeTrue(Files.isDirectory(ImageDataset.FASHION_MNIST), "Fashion-MNIST is installed (dataset-fashion-mnist)");
        Path run = dir.resolve("run");
        GanCommandTest.Outcome trained = GanCommandTest.run("train", "--dataset", "fashion-mnist", "--steps", "1",
                "--batch-size", "8", "--out", run.toString());
        assertThat(trained.code()).as(trained.err()).isZero();
        GanCommandTest.Outcome o = GanCommandTest.run("eval", "--run", run.toString(), "--samples", "20");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).containsPattern("(?s)\\[ +0\\.0 s\\] sampling 20 images from the generator at step 1\\n"
                + "\\[ +\\d+\\.\\d s\\] features of 20 train and 20 test images, and the floors\\n"
                + "\\[ +\\d+\\.\\d s\\] features of the generated images, and the scores\\n"
                + "\\[ +\\d+\\.\\d s\\] done\\nstep 1, 20 samples");
    }
}
