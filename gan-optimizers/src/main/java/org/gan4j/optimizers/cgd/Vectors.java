package org.gan4j.optimizers.cgd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/** Vector algebra on a player's parameters, held as a list of tensors. */
final class Vectors {
    private Vectors() {
    }

    static Tensor dot(Ops ops, List<? extends Tensor> a, List<? extends Tensor> b) {
        Tensor total = ops.constant(0);
        for (int i = 0; i < a.size(); i++) {
            total = ops.add(total, ops.sum(ops.mul(a.get(i), b.get(i))));
        }
        return total;
    }

    static List<Tensor> add(Ops ops, List<? extends Tensor> a, List<? extends Tensor> b) {
        return zip(a, b, ops::add);
    }

    static List<Tensor> sub(Ops ops, List<? extends Tensor> a, List<? extends Tensor> b) {
        return zip(a, b, ops::sub);
    }

    /** @return a ⊙ b, elementwise */
    static List<Tensor> mul(Ops ops, List<? extends Tensor> a, List<? extends Tensor> b) {
        return zip(a, b, ops::mul);
    }

    /** @return s·a for a scalar tensor s */
    static List<Tensor> scale(Ops ops, Tensor s, List<? extends Tensor> a) {
        return a.stream().map(t -> ops.mul(s, t)).toList();
    }

    static List<Tensor> neg(Ops ops, List<? extends Tensor> a) {
        return a.stream().map(ops::neg).toList();
    }

    private static List<Tensor> zip(List<? extends Tensor> a, List<? extends Tensor> b, BinaryOperator<Tensor> f) {
        List<Tensor> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(f.apply(a.get(i), b.get(i)));
        }
        return out;
    }
}
