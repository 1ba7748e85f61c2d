package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.gan4j.core.checkpoint.CheckpointManifest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of colour pictures, one subfolder per class, through every command: training writes colour sample grids
 * and a colour exported generator, a residual classifier is trained on the folder and scores runs on it during
 * training and in {@code gan eval}, and pictures made elsewhere are scored against it.
 */
class ColourFolderTest {
    private static final String[] CLASSES = {"red", "green", "blue"};

    @TempDir
    Path dir;

    /** 40 pictures 16 × 16 per class, each class one primary colour at a brightness that varies by picture. */
    private Path pictures() throws IOException {
        Path data = dir.resolve("colours");
        for (int k = 0; k < CLASSES.length; k++) {
            Path folder = Files.createDirectories(data.resolve(CLASSES[k]));
            for (int i = 0; i < 40; i++) {
                BufferedImage picture = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
                int level = 120 + 3 * i;
                for (int y = 0; y < 16; y++) {
                    for (int x = 0; x < 16; x++) {
                        picture.setRGB(x, y, level << (16 - 8 * k));
                    }
                }
                ImageIO.write(picture, "png", folder.resolve(String.format("%02d.png", i)).toFile());
            }
        }
        return data;
    }

    private static boolean hasColour(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getColorModel().getNumColorComponents()).as(png + " is RGB").isEqualTo(3);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) != ((rgb >> 8) & 0xff) || ((rgb >> 8) & 0xff) != (rgb & 0xff)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    @DisplayName("train, sample, classifier, scores during training, gan eval and gan eval --images on a folder of colour pictures")
    void everyCommand() throws IOException {
        Path data = pictures();
        Path run = dir.resolve("run");
        GanCommandTest.Outcome refused = GanCommandTest.run("train", "--data", data.toString(), "--image-size", "8",
                "--steps", "2", "--batch-size", "8", "--eval-every", "2", "--out", run.toString());
        assertThat(refused.code()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err()).contains("--eval-every = 2 is invalid; the frozen classifier takes images of shape "
                + "[28, 28, 1] (height, width, channels); the images to score are [8, 8, 3]; train a classifier on the "
                + "run's data (gan classifier --data DIR --out DIR) and give its folder to --classifier");
        assertThat(run).doesNotExist();

        Path classifier = dir.resolve("classifier");
        GanCommandTest.Outcome made = GanCommandTest.run("classifier", "--data", data.toString(), "--image-size", "8",
                "--epochs", "1", "--batch-size", "8", "--out", classifier.toString());
        assertThat(made.code()).as(made.err() + made.out()).isZero();
        assertThat(made.out()).as("108 training pictures, 12 held out").contains("on 12 images after 13 steps");
        Matcher saved = Pattern.compile("saved (\\S+)").matcher(made.out());
        assertThat(saved.find()).isTrue();
        Properties manifest = new Properties();
        try (var in = Files.newBufferedReader(Path.of(saved.group(1)).resolve(CheckpointManifest.FILE))) {
            manifest.load(in);
        }
        assertThat(manifest).containsEntry("run.network", "ResidualClassifierNetwork").containsEntry("run.channels", "3")
                .containsEntry("run.classes", "3").containsKey("run.data_fingerprint");

        GanCommandTest.Outcome trained = GanCommandTest.run("train", "--data", data.toString(), "--image-size", "8",
                "--steps", "2", "--batch-size", "8", "--eval-every", "2", "--eval-samples", "10", "--classifier",
                saved.group(1), "--out", run.toString());
        assertThat(trained.code()).as(trained.err() + trained.out()).isZero();
        assertThat(trained.out()).contains("colours seed 1: 2 steps");
        assertThat(hasColour(run.resolve("samples-000002.png"))).isTrue();
        assertThat(Files.readString(run.resolve("image-metrics.csv"))).contains("\n2,");

        Path grid = dir.resolve("grid.png");
        GanCommandTest.Outcome sampled = GanCommandTest.run("sample", "--model", run.resolve("generator").toString(),
                "--n", "4", "--out", grid.toString());
        assertThat(sampled.code()).as(sampled.err()).isZero();
        assertThat(hasColour(grid)).isTrue();

        GanCommandTest.Outcome eval = GanCommandTest.run("eval", "--run", run.toString(), "--samples", "10");
        assertThat(eval.code()).as(eval.err() + eval.out()).isZero();
        assertThat(eval.out()).contains("features of the frozen classifier trained on " + data);

        GanCommandTest.Outcome elsewhere = GanCommandTest.run("eval", "--images", data.resolve("red").toString(),
                "--data", data.toString(), "--image-size", "8", "--classifier", saved.group(1), "--samples", "10");
        assertThat(elsewhere.code()).as(elsewhere.err() + elsewhere.out()).isZero();
        assertThat(elsewhere.out()).contains("10 of the 40 images in " + data.resolve("red"))
                .containsPattern("class shares: 0:\\d+\\.\\d%");
    }
}
