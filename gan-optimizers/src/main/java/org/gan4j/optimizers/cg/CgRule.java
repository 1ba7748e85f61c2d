package org.gan4j.optimizers.cg;

import java.util.EnumSet;
import java.util.Set;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.optimizers.cg.CgInnerProducts.Product;

/**
 * The formulas for b<sub>t</sub> (Naganuma &amp; Iiduka 2023, Table 1;
 * {@code docs/algorithms.md#nonlinear-conjugate-gradient}). A ratio whose denominator is 0 counts as 0, which also makes the
 * first step plain descent, d<sub>0</sub> = −g<sub>0</sub>, since g<sub>−1</sub> and d<sub>−1</sub> start at zero.
 * The caller forms β<sub>t</sub> = κ·min(b<sub>t</sub>, ½). Each formula works on vectors with one element per
 * parameter tensor.
 */
public enum CgRule {
    /** Fletcher–Reeves: ‖g<sub>t</sub>‖² / ‖g<sub>t−1</sub>‖². */
    FR("fr", Product.GG, Product.PREVIOUS_GG) {
        @Override
        Tensor b(Ops ops, CgInnerProducts p) {
            return ops.divNoNan(p.get(Product.GG), p.get(Product.PREVIOUS_GG));
        }
    },
    /** Polak–Ribière–Polyak: g<sub>t</sub>ᵀy<sub>t</sub> / ‖g<sub>t−1</sub>‖². */
    PRP("prp", Product.GY, Product.PREVIOUS_GG) {
        @Override
        Tensor b(Ops ops, CgInnerProducts p) {
            return ops.divNoNan(p.get(Product.GY), p.get(Product.PREVIOUS_GG));
        }
    },
    /** Hestenes–Stiefel: g<sub>t</sub>ᵀy<sub>t</sub> / d<sub>t−1</sub>ᵀy<sub>t</sub>. */
    HS("hs", Product.GY, Product.DY) {
        @Override
        Tensor b(Ops ops, CgInnerProducts p) {
            return ops.divNoNan(p.get(Product.GY), p.get(Product.DY));
        }
    },
    /** Dai–Yuan: ‖g<sub>t</sub>‖² / d<sub>t−1</sub>ᵀy<sub>t</sub>. */
    DY("dy", Product.GG, Product.DY) {
        @Override
        Tensor b(Ops ops, CgInnerProducts p) {
            return ops.divNoNan(p.get(Product.GG), p.get(Product.DY));
        }
    },
    /**
     * Hager–Zhang: min(HS, ½) − μ‖y<sub>t</sub>‖²(g<sub>t</sub>ᵀd<sub>t−1</sub>)/(d<sub>t−1</sub>ᵀy<sub>t</sub>)²
     * with μ = 2.
     */
    HZ("hz", Product.GY, Product.DY, Product.YY, Product.GD) {
        @Override
        Tensor b(Ops ops, CgInnerProducts p) {
            Tensor correction = ops.divNoNan(ops.mul(p.get(Product.YY), p.get(Product.GD)), ops.square(p.get(Product.DY)));
            return ops.sub(capped(ops, HS.b(ops, p)), ops.mul(ops.constant(HZ_MU), correction));
        }
    },
    /** The hybrid max(0, min(HS, DY)), each capped at ½ first. */
    HS_DY("hs-dy", Product.GY, Product.DY, Product.GG) {
        @Override
        Tensor b(Ops ops, CgInnerProducts p) {
            return hybrid(ops, HS.b(ops, p), DY.b(ops, p));
        }
    },
    /** The hybrid max(0, min(FR, PRP)), each capped at ½ first. */
    FR_PRP("fr-prp", Product.GG, Product.PREVIOUS_GG, Product.GY) {
        @Override
        Tensor b(Ops ops, CgInnerProducts p) {
            return hybrid(ops, FR.b(ops, p), PRP.b(ops, p));
        }
    };

    /** The cap on b<sub>t</sub>. */
    static final double CAP = 0.5;
    private static final double HZ_MU = 2;

    private final String id;
    private final Set<Product> uses;

    CgRule(String id, Product first, Product... rest) {
        this.id = id;
        this.uses = EnumSet.of(first, rest);
    }

    /** @return the short name in the provider id, for example {@code "hs-dy"} for {@code cg-hs-dy} */
    public String id() {
        return id;
    }

    /** @return the products {@link #b} reads */
    Set<Product> uses() {
        return uses;
    }

    /**
     * @param ops the ops
     * @param p the products, one element per tensor
     * @return b<sub>t</sub> of each tensor, before the final cap
     */
    abstract Tensor b(Ops ops, CgInnerProducts p);

    private static Tensor capped(Ops ops, Tensor b) {
        return ops.minimum(b, ops.constant(CAP));
    }

    private static Tensor hybrid(Ops ops, Tensor a, Tensor b) {
        return ops.maximum(ops.constant(0), ops.minimum(capped(ops, a), capped(ops, b)));
    }
}
