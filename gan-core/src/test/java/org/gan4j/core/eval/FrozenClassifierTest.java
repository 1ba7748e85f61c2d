package org.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.core.data.ImageDataset;
import org.gan4j.tf.TfBackendProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FrozenClassifierTest {
    @Test
    @DisplayName("the shipped classifier still scores its recorded test accuracy (90.04%) on Fashion-MNIST's 10,000 test images")
    void shippedClassifierKeepsItsRecordedAccuracy() {
        assumeTrue(Files.isDirectory(ImageDataset.FASHION_MNIST), "needs apt-get install dataset-fashion-mnist");
        try (FrozenClassifier classifier = FrozenClassifier.fashionMnist(new TfBackendProvider().create(Hyperparameters.empty()))) {
            assertThat(classifier.recordedTestAccuracy()).isEqualTo(0.9004);
            assertThat(classifier.accuracy(ImageDataset.load(ImageDataset.FASHION_MNIST, "t10k")))
                    .isCloseTo(0.9004, within(0.00005));
        }
    }
}
