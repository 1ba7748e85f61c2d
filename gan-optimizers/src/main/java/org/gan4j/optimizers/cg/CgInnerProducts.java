package org.gan4j.optimizers.cg;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * The scalar products of one parameter tensor that every rule's b<sub>t</sub> is made of, with
 * y<sub>t</sub> = g<sub>t</sub> − g<sub>t−1</sub>. Each is built into the graph only when a rule first asks for
 * it, so that a rule pays only for the reductions it uses (FR needs two, HZ four).
 */
final class CgInnerProducts {
    private final Ops ops;
    private final Tensor g;
    private final Tensor previousG;
    private final Tensor previousD;
    private final Map<String, Tensor> built = new HashMap<>();
    private Tensor y;

    /**
     * @param ops the ops
     * @param g g<sub>t</sub>
     * @param previousG g<sub>t−1</sub>
     * @param previousD d<sub>t−1</sub>
     */
    CgInnerProducts(Ops ops, Tensor g, Tensor previousG, Tensor previousD) {
        this.ops = ops;
        this.g = g;
        this.previousG = previousG;
        this.previousD = previousD;
    }

    /** @return ‖g<sub>t</sub>‖² */
    Tensor gg() {
        return once("gg", () -> dot(g, g));
    }

    /** @return ‖g<sub>t−1</sub>‖² */
    Tensor previousGg() {
        return once("previousGg", () -> dot(previousG, previousG));
    }

    /** @return g<sub>t</sub>ᵀy<sub>t</sub> */
    Tensor gy() {
        return once("gy", () -> dot(g, y()));
    }

    /** @return d<sub>t−1</sub>ᵀy<sub>t</sub> */
    Tensor dy() {
        return once("dy", () -> dot(previousD, y()));
    }

    /** @return ‖y<sub>t</sub>‖² */
    Tensor yy() {
        return once("yy", () -> dot(y(), y()));
    }

    /** @return g<sub>t</sub>ᵀd<sub>t−1</sub> */
    Tensor gd() {
        return once("gd", () -> dot(g, previousD));
    }

    private Tensor y() {
        if (y == null) {
            y = ops.sub(g, previousG);
        }
        return y;
    }

    private Tensor once(String name, Supplier<Tensor> build) {
        return built.computeIfAbsent(name, k -> build.get());
    }

    private Tensor dot(Tensor a, Tensor b) {
        return ops.sum(ops.mul(a, b));
    }
}
