package org.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.data.ImageDataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link ImageScore} on any {@link FeatureExtractor}: the same FID and KID as on the features themselves, and class
 * shares and the Inception Score only from an extractor with logits.
 */
class ImageScoreTest {
    /** Features (v, v²) of each image's first value v; with logits, [10·v, −10·v] (class 0 for bright images). */
    private record FirstValue(boolean withLogits, int classes) implements FeatureExtractor {
        @Override
        public ExtractedFeatures extract(HostTensor images) {
            int n = Math.toIntExact(images.shape().size(0));
            int each = Math.toIntExact(images.shape().numElements() / n);
            float[] all = images.toFloatArray();
            float[] features = new float[2 * n];
            float[] logits = new float[classes * n];
            for (int i = 0; i < n; i++) {
                float v = all[i * each];
                features[2 * i] = v;
                features[2 * i + 1] = v * v;
                logits[classes * i] = 10 * v;
                logits[classes * i + 1] = -10 * v;
            }
            return new ExtractedFeatures(Features.of(features, 2),
                    withLogits ? Optional.of(new ClassLogits(logits, classes)) : Optional.empty());
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public int classes() {
            return withLogits ? classes : 0;
        }

        @Override
        public String describe() {
            return "the first value";
        }

        @Override
        public String label() {
            return "first values";
        }

        @Override
        public void close() {
        }
    }

    /** 20 one-pixel images alternating dark (pixel 0) and bright (pixel 255 − offset). */
    private static ImageDataset images(int offset) {
        ByteBuffer pixels = ByteBuffer.allocate(20);
        for (int i = 0; i < 20; i++) {
            pixels.put((byte) (i % 2 == 0 ? 0 : 255 - offset));
        }
        return new ImageDataset("test", Shape.of(1, 1, 1), pixels.flip(), new int[20], List.of("all"));
    }

    private static Features byHand(ImageDataset d) {
        double[][] rows = new double[d.size()][];
        float[] scaled = d.scaledImages().toFloatArray();
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {scaled[i], scaled[i] * scaled[i]}; // the square in float, as the extractor
        }
        return new Features(rows);
    }

    @Test
    @DisplayName("FID and KID are those of the extractor's features; without logits there are no class shares and no Inception Score")
    void withoutLogits() {
        ImageDataset train = images(0);
        ImageDataset test = images(10);
        ImageDataset generated = images(40);
        ImageScore s = ImageScore.evaluate(new FirstValue(false, 2), generated.scaledImages(), train, test);
        assertThat(s.fid()).isCloseTo(FrechetDistance.between(byHand(train), byHand(generated)), within(1e-9));
        assertThat(s.fidFloor()).isCloseTo(FrechetDistance.between(byHand(train), byHand(test)), within(1e-9));
        assertThat(s.kid()).isCloseTo(KernelDistance.between(byHand(train), byHand(generated)), within(1e-9));
        assertThat(s.classShares()).isEmpty();
        assertThat(s.inceptionScore()).isEmpty();
        assertThat(s.asMap()).doesNotContainKeys("smallest_class_share", "class_0_share", "inception_score",
                "classifier_test_accuracy").containsKeys("fid", "kid", "precision", "coverage");
    }

    @Test
    @DisplayName("with logits: class shares of 50% each and an Inception Score of 2 for images alternating between two certain classes")
    void withLogits() {
        // v = ±1 or near it: logits ±10 apart by 20 at least, p = 1 − e^−20 ≈ 1; every split of 2 holds one of each
        ImageScore s = ImageScore.evaluate(new FirstValue(true, 2), images(0).scaledImages(), images(0), images(0));
        assertThat(s.classShares()).containsExactly(new double[] {0.5, 0.5}, within(1e-12));
        assertThat(s.inceptionScore().orElseThrow().mean()).isCloseTo(2, within(1e-6));
        assertThat(s.testInceptionScore().orElseThrow().mean()).isCloseTo(2, within(1e-6));
        assertThat(s.asMap()).containsKeys("class_0_share", "smallest_class_share", "test_class_1_share",
                "inception_score", "inception_score_std", "test_inception_score", "test_inception_score_std");
    }

    @Test
    @DisplayName("logits of more than 100 classes (ImageNet's) give the Inception Score but list no class shares")
    void manyClassesAreNotListed() {
        ImageScore s = ImageScore.evaluate(new FirstValue(true, 1000), images(0).scaledImages(), images(0), images(0));
        assertThat(s.listsClasses()).isFalse();
        assertThat(s.asMap()).containsKey("inception_score").doesNotContainKeys("class_0_share", "smallest_class_share");
    }
}
