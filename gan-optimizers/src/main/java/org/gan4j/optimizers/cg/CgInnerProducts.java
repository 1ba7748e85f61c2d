package org.gan4j.optimizers.cg;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * The scalar products that a rule's b<sub>t</sub> is made of, for all of one player's parameter tensors at once:
 * each {@link Product} is a vector with one element per tensor, so a rule's formula is a few ops per player rather
 * than a few per tensor. Only the products the rule {@link CgRule#uses() uses} are built (FR needs two, HZ four);
 * for each tensor they come from one multiplication of stacked factors and one sum.
 */
final class CgInnerProducts {
    /** A scalar product of two of g<sub>t</sub>, g<sub>t−1</sub>, d<sub>t−1</sub> and y<sub>t</sub> = g<sub>t</sub> − g<sub>t−1</sub>. */
    enum Product {
        /** ‖g<sub>t</sub>‖². */
        GG(Factor.G, Factor.G),
        /** ‖g<sub>t−1</sub>‖². */
        PREVIOUS_GG(Factor.PREVIOUS_G, Factor.PREVIOUS_G),
        /** g<sub>t</sub>ᵀy<sub>t</sub>. */
        GY(Factor.G, Factor.Y),
        /** d<sub>t−1</sub>ᵀy<sub>t</sub>. */
        DY(Factor.PREVIOUS_D, Factor.Y),
        /** ‖y<sub>t</sub>‖². */
        YY(Factor.Y, Factor.Y),
        /** g<sub>t</sub>ᵀd<sub>t−1</sub>. */
        GD(Factor.G, Factor.PREVIOUS_D);

        private final Factor left;
        private final Factor right;

        Product(Factor left, Factor right) {
            this.left = left;
            this.right = right;
        }
    }

    private enum Factor { G, PREVIOUS_G, PREVIOUS_D, Y }

    private final Map<Product, Tensor> vectors = new EnumMap<>(Product.class);

    /**
     * @param ops the ops
     * @param products the products to build
     * @param gs g<sub>t</sub> of each tensor
     * @param previousGs g<sub>t−1</sub> of each tensor
     * @param previousDs d<sub>t−1</sub> of each tensor
     */
    CgInnerProducts(Ops ops, Set<Product> products, List<Tensor> gs, List<? extends Tensor> previousGs,
            List<? extends Tensor> previousDs) {
        List<Product> order = List.copyOf(products);
        boolean needsY = order.stream().anyMatch(p -> p.left == Factor.Y || p.right == Factor.Y);
        List<Tensor> perTensor = new ArrayList<>();
        for (int i = 0; i < gs.size(); i++) {
            Tensor g = gs.get(i);
            Map<Factor, Tensor> factors = new EnumMap<>(Factor.class);
            factors.put(Factor.G, g);
            factors.put(Factor.PREVIOUS_G, previousGs.get(i));
            factors.put(Factor.PREVIOUS_D, previousDs.get(i));
            if (needsY) {
                factors.put(Factor.Y, ops.sub(g, previousGs.get(i)));
            }
            perTensor.add(products(ops, order, factors, g.shape().rank()));
        }
        Tensor all = ops.stack(perTensor);
        List<Tensor> columns = order.size() == 1 ? List.of(all) : ops.unstack(all, 1);
        for (int k = 0; k < order.size(); k++) {
            vectors.put(order.get(k), columns.get(k));
        }
    }

    /** The products of one tensor: a scalar for one product, else a vector in {@code order}. */
    private static Tensor products(Ops ops, List<Product> order, Map<Factor, Tensor> factors, int rank) {
        if (order.size() == 1) {
            return ops.sum(ops.mul(factors.get(order.get(0).left), factors.get(order.get(0).right)));
        }
        Tensor lefts = ops.stack(order.stream().map(p -> factors.get(p.left)).toList());
        Tensor rights = ops.stack(order.stream().map(p -> factors.get(p.right)).toList());
        Tensor elementwise = ops.mul(lefts, rights);
        // an empty axis list would mean "all axes" to Ops.sum; a scalar parameter's products need no sum
        return rank == 0 ? elementwise : ops.sum(elementwise, IntStream.rangeClosed(1, rank).toArray());
    }

    /**
     * @param product one of the products given to the constructor
     * @return that product of every tensor, a vector
     */
    Tensor get(Product product) {
        Tensor vector = vectors.get(product);
        if (vector == null) {
            throw new IllegalStateException(product + " was not built; add it to the rule's uses()");
        }
        return vector;
    }
}
