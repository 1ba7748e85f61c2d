package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gan4j.core.data.ImageDataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gan eval --images}: images made anywhere else, scored against a data set. */
class EvalImagesTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("Fashion-MNIST's own test images scored against Fashion-MNIST: their FID is the train-vs-test floor, to the last digit, since the floor compares the same first N test images")
    void heldOutImagesScoreTheFloor() {
        assumeTrue(Files.isDirectory(ImageDataset.FASHION_MNIST), "needs apt-get install dataset-fashion-mnist");
        GanCommandTest.Outcome o = GanCommandTest.run("eval", "--images",
                ImageDataset.FASHION_MNIST.resolve("t10k-images-idx3-ubyte.gz").toString(), "--samples", "500");
        assertThat(o.code()).as(o.err() + o.out()).isZero();
        assertThat(o.out()).contains("500 of the 10000 images in " + ImageDataset.FASHION_MNIST.resolve(
                "t10k-images-idx3-ubyte.gz") + ", 500 samples, features of the frozen classifier trained on "
                + "/usr/share/datasets/fashion-mnist (test accuracy 90.04%), not Inception:");
        Matcher fid = Pattern.compile("FID (\\S+) \\(floor train vs test (\\S+)\\)").matcher(o.out());
        assertThat(fid.find()).as(o.out()).isTrue();
        assertThat(fid.group(1)).isEqualTo(fid.group(2));
    }

    @Test
    @DisplayName("images of another shape, options of the other mode, and data the classifier was not made for are refused with exit 2")
    void refusals() throws IOException {
        Path small = ImageFiles.write(Files.createDirectories(dir.resolve("small")), 14);
        Path file = small.resolve("t10k-images-idx3-ubyte");
        assumeTrue(Files.isDirectory(ImageDataset.FASHION_MNIST), "needs apt-get install dataset-fashion-mnist");
        GanCommandTest.Outcome shape = GanCommandTest.run("eval", "--images", file.toString());
        assertThat(shape.code()).isEqualTo(2);
        assertThat(shape.err()).contains("gan eval: --images = " + file + " is invalid; its images are [40, 14, 14] "
                + "([n, height, width], grey), but the data's are [28, 28, 1] (height, width, channels)");

        GanCommandTest.Outcome otherData = GanCommandTest.run("eval", "--images", file.toString(), "--data",
                small.toString());
        assertThat(otherData.code()).isEqualTo(2);
        assertThat(otherData.err()).contains("gan eval: --data = " + small.resolve("train-images-idx3-ubyte")
                + " is invalid; the frozen classifier takes images of shape [28, 28, 1]");

        GanCommandTest.Outcome both = GanCommandTest.run("eval", "--run", dir.toString(), "--data", small.toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--data = " + small + " is invalid; it describes the data --images imitate; a "
                + "run scores against its own data");

        GanCommandTest.Outcome neither = GanCommandTest.run("eval");
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("--run").contains("--images");
    }
}
