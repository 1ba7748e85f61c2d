package org.gan4j.core.eval;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.layers.Dense;
import org.gan4j.core.layers.Sequential;

/** A feature network of layers up to the features, then one dense layer to the logits; in inference mode always. */
abstract class LayeredFeatureNetwork implements FeatureNetwork {
    private final String name;
    private final Sequential features;
    private final Dense logits;

    /**
     * @param name the name saved classifiers record
     * @param features images to features [n, {@value FeatureNetwork#FEATURES}]
     * @param logits features to the class logits
     */
    LayeredFeatureNetwork(String name, Sequential features, Dense logits) {
        this.name = name;
        this.features = features;
        this.logits = logits;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Tensor features(Ops ops, Tensor images) {
        return features.apply(ops, images, Mode.INFERENCE);
    }

    @Override
    public Tensor logits(Ops ops, Tensor features) {
        return logits.apply(ops, features);
    }

    @Override
    public List<Variable> variables() {
        List<Variable> all = new ArrayList<>(features.variables());
        all.addAll(logits.variables());
        return all;
    }
}
