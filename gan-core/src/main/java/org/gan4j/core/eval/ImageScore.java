package org.gan4j.core.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gan4j.api.GanException;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.core.data.ImageDataset;

/**
 * How good generated images are, judged on a {@link FrozenClassifier}'s features (never Inception's: say so
 * wherever these numbers are shown). FID and KID compare N generated images with the first N of the training split;
 * the floors compare those with the first N of the test split, which is what a perfect generator would score at
 * this N. Precision, recall, density and coverage (k = 5) use the first min(N, {@value #NEIGHBOUR_SAMPLES}) of each.
 *
 * @param samples N
 * @param fid FID(train, generated)
 * @param fidFloor FID(train, test)
 * @param kid KID(train, generated)
 * @param kidFloor KID(train, test)
 * @param neighbours precision, recall, density and coverage of generated against train
 * @param classShares the share of generated images the classifier puts in each class
 * @param testClassShares the same for the N test images: what a perfect generator would score, since the classifier
 *     confuses some classes (shirts with T-shirts, pullovers and coats)
 * @param classifierAccuracy the classifier's recorded test accuracy
 */
public record ImageScore(int samples, double fid, double fidFloor, double kid, double kidFloor,
        NearestNeighbourMetrics neighbours, double[] classShares, double[] testClassShares, double classifierAccuracy) {
    /** The most samples the quadratic nearest-neighbour metrics use. */
    public static final int NEIGHBOUR_SAMPLES = 5000;

    /**
     * @param classifier the feature network
     * @param generated N images [N, h, w, 1] in [−1, 1]
     * @param train the training split, at least N images
     * @param test the test split, at least N images
     * @return the score
     */
    public static ImageScore evaluate(FrozenClassifier classifier, HostTensor generated, ImageDataset train, ImageDataset test) {
        return evaluate(classifier, generated, ImageReference.of(classifier, train, test,
                Math.toIntExact(generated.shape().size(0))));
    }

    /**
     * @param classifier the feature network the reference was computed with
     * @param generated N images [N, h, w, 1] in [−1, 1], N the reference's
     * @param reference the real images' features and the floors at this N
     * @return the score
     */
    public static ImageScore evaluate(FrozenClassifier classifier, HostTensor generated, ImageReference reference) {
        int n = Math.toIntExact(generated.shape().size(0));
        if (n != reference.samples()) {
            throw new GanException(n + " generated images cannot be scored against a reference of " + reference.samples()
                    + "; FID and KID compare only at equal N");
        }
        FrozenClassifier.Classified fake = classifier.classify(generated);
        Features real = reference.real();
        int k = Math.min(n, NEIGHBOUR_SAMPLES);
        return new ImageScore(n, FrechetDistance.between(real, fake.features()), reference.fidFloor(),
                KernelDistance.between(real, fake.features()), reference.kidFloor(),
                NearestNeighbourMetrics.of(real.first(k), fake.features().first(k), NearestNeighbourMetrics.DEFAULT_K),
                fake.histogram(reference.testClassShares().length), reference.testClassShares(),
                classifier.recordedTestAccuracy());
    }

    /** @return the smallest class share: below 1/(2·classes) a class is nearly missing */
    public double smallestClassShare() {
        double min = 1;
        for (double s : classShares) {
            min = Math.min(min, s);
        }
        return min;
    }

    /** @return every figure by name, in a fixed order, for summary files */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("samples", (double) samples);
        m.put("fid", fid);
        m.put("fid_floor_train_vs_test", fidFloor);
        m.put("kid", kid);
        m.put("kid_floor_train_vs_test", kidFloor);
        m.put("precision", neighbours.precision());
        m.put("recall", neighbours.recall());
        m.put("density", neighbours.density());
        m.put("coverage", neighbours.coverage());
        for (int c = 0; c < classShares.length; c++) {
            m.put("class_" + c + "_share", classShares[c]);
        }
        m.put("smallest_class_share", smallestClassShare());
        for (int c = 0; c < testClassShares.length; c++) {
            m.put("test_class_" + c + "_share", testClassShares[c]);
        }
        m.put("classifier_test_accuracy", classifierAccuracy);
        return m;
    }
}
