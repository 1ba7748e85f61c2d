package org.gan4j.core.layers;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * A residual block (He, Zhang, Ren &amp; Sun, "Deep Residual Learning for Image Recognition", CVPR 2016):
 * y = main(x) + shortcut(x). The two branches must give the same shape; the shortcut is the identity or a layer
 * that matches shapes (a 1×1 convolution, pooling). Variables are the main branch's, then the shortcut's.
 */
public final class Residual implements Layer {
    private final Layer main;
    private final Layer shortcut;

    /**
     * @param main the residual branch
     * @param shortcut the skip branch
     */
    public Residual(Layer main, Layer shortcut) {
        this.main = main;
        this.shortcut = shortcut;
    }

    /**
     * @param main the residual branch, which keeps the input's shape
     * @return y = main(x) + x
     */
    public static Residual identity(Layer main) {
        return new Residual(main, (ops, x, mode) -> x);
    }

    @Override
    public Tensor apply(Ops ops, Tensor x, Mode mode) {
        return ops.add(main.apply(ops, x, mode), shortcut.apply(ops, x, mode));
    }

    @Override
    public List<Variable> variables() {
        List<Variable> all = new ArrayList<>(main.variables());
        all.addAll(shortcut.variables());
        return List.copyOf(all);
    }

    @Override
    public List<Assignment> trainingUpdates() {
        List<Assignment> all = new ArrayList<>(main.trainingUpdates());
        all.addAll(shortcut.trainingUpdates());
        return List.copyOf(all);
    }
}
