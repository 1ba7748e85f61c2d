package org.gan4j.core.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gan4j.api.GanException;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.core.data.ImageDataset;

/**
 * How good generated images are, judged on a {@link FeatureExtractor}'s features (say whose wherever these numbers
 * are shown: {@link FeatureExtractor#describe()}). FID and KID compare N generated images with the first N of the
 * training split; the floors compare those with the first N of the test split, which is what a perfect generator
 * would score at this N. Precision, recall, density and coverage (k = 5) use the first min(N,
 * {@value #NEIGHBOUR_SAMPLES}) of each. Where the extractor has class logits, the {@link InceptionScore} of the
 * generated and of the test images ({@value InceptionScore#SPLITS} splits, from N ≥ 10), and the class shares when
 * it has at most {@value #MAX_LISTED_CLASSES} classes (a data set's labels; ImageNet's 1,000 are not listed).
 *
 * @param samples N
 * @param fid FID(train, generated)
 * @param fidFloor FID(train, test)
 * @param kid KID(train, generated)
 * @param kidFloor KID(train, test)
 * @param neighbours precision, recall, density and coverage of generated against train
 * @param classShares the share of generated images predicted as each class; empty without logits
 * @param testClassShares the same for the N test images: what a perfect generator would score, since a classifier
 *     confuses some classes (shirts with T-shirts, pullovers and coats); empty without logits
 * @param inceptionScore the Inception Score of the generated images; empty without logits
 * @param testInceptionScore the same for the N test images
 * @param classifierAccuracy the extractor's recorded test accuracy; NaN where none was recorded
 */
public record ImageScore(int samples, double fid, double fidFloor, double kid, double kidFloor,
        NearestNeighbourMetrics neighbours, double[] classShares, double[] testClassShares,
        Optional<InceptionScore> inceptionScore, Optional<InceptionScore> testInceptionScore, double classifierAccuracy) {
    /** The most samples the quadratic nearest-neighbour metrics use. */
    public static final int NEIGHBOUR_SAMPLES = 5000;
    /** The most classes whose shares are reported one by one. */
    public static final int MAX_LISTED_CLASSES = 100;

    /**
     * @param extractor the features
     * @param generated N images [N, h, w, c] in [−1, 1]
     * @param train the training split, at least N images
     * @param test the test split, at least N images
     * @return the score
     */
    public static ImageScore evaluate(FeatureExtractor extractor, HostTensor generated, ImageDataset train,
            ImageDataset test) {
        return evaluate(extractor, generated, ImageReference.of(extractor, train, test,
                Math.toIntExact(generated.shape().size(0))));
    }

    /**
     * @param extractor the features the reference was computed with
     * @param generated N images [N, h, w, c] in [−1, 1], N the reference's
     * @param reference the real images' features and the floors at this N
     * @return the score
     */
    public static ImageScore evaluate(FeatureExtractor extractor, HostTensor generated, ImageReference reference) {
        int n = Math.toIntExact(generated.shape().size(0));
        if (n != reference.samples()) {
            throw new GanException(n + " generated images cannot be scored against a reference of " + reference.samples()
                    + "; FID and KID compare only at equal N");
        }
        ExtractedFeatures fake = extractor.extract(generated);
        Features real = reference.real();
        int k = Math.min(n, NEIGHBOUR_SAMPLES);
        return new ImageScore(n, FrechetDistance.between(real, fake.features()), reference.fidFloor(),
                KernelDistance.between(real, fake.features()), reference.kidFloor(),
                NearestNeighbourMetrics.of(real.first(k), fake.features().first(k), NearestNeighbourMetrics.DEFAULT_K),
                fake.logits().map(ClassLogits::shares).orElse(new double[0]), reference.testClassShares(),
                fake.logits().flatMap(ImageScore::inceptionScore), reference.testInceptionScore(),
                extractor.recordedTestAccuracy());
    }

    /**
     * @param logits the logits of N images
     * @return their Inception Score in {@value InceptionScore#SPLITS} splits; empty when N is fewer than the splits
     */
    static Optional<InceptionScore> inceptionScore(ClassLogits logits) {
        return logits.size() < InceptionScore.SPLITS ? Optional.empty()
                : Optional.of(InceptionScore.of(logits, InceptionScore.SPLITS));
    }

    /** @return whether the class shares are reported one by one: logits of 1 to {@value #MAX_LISTED_CLASSES} classes */
    public boolean listsClasses() {
        return classShares.length > 0 && classShares.length <= MAX_LISTED_CLASSES;
    }

    /** @return the smallest class share: below 1/(2·classes) a class is nearly missing; NaN without listed classes */
    public double smallestClassShare() {
        if (!listsClasses()) {
            return Double.NaN;
        }
        double min = 1;
        for (double s : classShares) {
            min = Math.min(min, s);
        }
        return min;
    }

    /** @return every figure by name, in a fixed order, for summary files; those the features cannot give are left out */
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
        if (listsClasses()) {
            for (int c = 0; c < classShares.length; c++) {
                m.put("class_" + c + "_share", classShares[c]);
            }
            m.put("smallest_class_share", smallestClassShare());
            for (int c = 0; c < testClassShares.length; c++) {
                m.put("test_class_" + c + "_share", testClassShares[c]);
            }
        }
        if (!Double.isNaN(classifierAccuracy)) {
            m.put("classifier_test_accuracy", classifierAccuracy);
        }
        inceptionScore.ifPresent(s -> {
            m.put("inception_score", s.mean());
            m.put("inception_score_std", s.standardDeviation());
        });
        testInceptionScore.ifPresent(s -> {
            m.put("test_inception_score", s.mean());
            m.put("test_inception_score_std", s.standardDeviation());
        });
        return m;
    }
}
