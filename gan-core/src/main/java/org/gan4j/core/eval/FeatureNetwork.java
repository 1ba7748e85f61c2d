package org.gan4j.core.eval;

import java.util.List;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * A classifier whose penultimate layer gives the features of FID, KID and the nearest-neighbour metrics. It has no
 * batch norm or dropout, so it computes the same in training and use. Which one a saved classifier is, is recorded
 * in its manifest by {@link #name()} ({@link FeatureNetworks}).
 */
public interface FeatureNetwork {
    /** The length of every feature vector. */
    int FEATURES = 128;

    /** @return the name a saved classifier records, which {@link FeatureNetworks#create} takes */
    String name();

    /**
     * @param ops the ops
     * @param images [n, h, w, c] in [−1, 1]
     * @return the features [n, {@value #FEATURES}]
     */
    Tensor features(Ops ops, Tensor images);

    /**
     * @param ops the ops
     * @param features what {@link #features} returned
     * @return the class logits [n, classes]
     */
    Tensor logits(Ops ops, Tensor features);

    /** @return every weight, input to output */
    List<Variable> variables();
}
