package org.gan4j.core.layers;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/** Layers applied one after the other; its variables and training updates are theirs, first layer first. */
public final class Sequential implements Layer {
    private final List<Layer> layers;

    /** @param layers the layers, input to output */
    public Sequential(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    @Override
    public Tensor apply(Ops ops, Tensor x, Mode mode) {
        Tensor h = x;
        for (Layer layer : layers) {
            h = layer.apply(ops, h, mode);
        }
        return h;
    }

    @Override
    public List<Variable> variables() {
        List<Variable> all = new ArrayList<>();
        layers.forEach(l -> all.addAll(l.variables()));
        return List.copyOf(all);
    }

    @Override
    public List<Assignment> trainingUpdates() {
        List<Assignment> all = new ArrayList<>();
        layers.forEach(l -> all.addAll(l.trainingUpdates()));
        return List.copyOf(all);
    }
}
