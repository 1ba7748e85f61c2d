package org.gan4j.optimizers.cg;

import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * The formulas for b<sub>t</sub> (Naganuma &amp; Iiduka 2023, Table 1; {@code shared/ALGORITHMS.md} §3). A ratio
 * whose denominator is 0 counts as 0, which also makes the first step plain descent, d<sub>0</sub> = −g<sub>0</sub>,
 * since g<sub>−1</sub> and d<sub>−1</sub> start at zero. The caller forms β<sub>t</sub> = κ·min(b<sub>t</sub>, ½).
 */
public enum CgRule {
    /** Fletcher–Reeves: ‖g<sub>t</sub>‖² / ‖g<sub>t−1</sub>‖². */
    FR("fr") {
        @Override
        Tensor b(Ops ops, CgInnerProducts p) {
            return ops.divNoNan(p.gg(), p.previousGg());
        }
    },
    /** Polak–Ribière–Polyak: g<sub>t</sub>ᵀy<sub>t</sub> / ‖g<sub>t−1</sub>‖². */
    PRP("prp") {
        @Override
        Tensor b(Ops ops, CgInnerProducts p) {
            return ops.divNoNan(p.gy(), p.previousGg());
        }
    },
    /** Hestenes–Stiefel: g<sub>t</sub>ᵀy<sub>t</sub> / d<sub>t−1</sub>ᵀy<sub>t</sub>. */
    HS("hs") {
        @Override
        Tensor b(Ops ops, CgInnerProducts p) {
            return ops.divNoNan(p.gy(), p.dy());
        }
    },
    /** Dai–Yuan: ‖g<sub>t</sub>‖² / d<sub>t−1</sub>ᵀy<sub>t</sub>. */
    DY("dy") {
        @Override
        Tensor b(Ops ops, CgInnerProducts p) {
            return ops.divNoNan(p.gg(), p.dy());
        }
    },
    /**
     * Hager–Zhang: min(HS, ½) − μ‖y<sub>t</sub>‖²(g<sub>t</sub>ᵀd<sub>t−1</sub>)/(d<sub>t−1</sub>ᵀy<sub>t</sub>)²
     * with μ = 2.
     */
    HZ("hz") {
        @Override
        Tensor b(Ops ops, CgInnerProducts p) {
            Tensor correction = ops.divNoNan(ops.mul(p.yy(), p.gd()), ops.square(p.dy()));
            return ops.sub(capped(ops, HS.b(ops, p)), ops.mul(ops.constant(HZ_MU), correction));
        }
    },
    /** The hybrid max(0, min(HS, DY)), each capped at ½ first. */
    HS_DY("hs-dy") {
        @Override
        Tensor b(Ops ops, CgInnerProducts p) {
            return hybrid(ops, HS.b(ops, p), DY.b(ops, p));
        }
    },
    /** The hybrid max(0, min(FR, PRP)), each capped at ½ first. */
    FR_PRP("fr-prp") {
        @Override
        Tensor b(Ops ops, CgInnerProducts p) {
            return hybrid(ops, FR.b(ops, p), PRP.b(ops, p));
        }
    };

    /** The cap on b<sub>t</sub>. */
    static final double CAP = 0.5;
    private static final double HZ_MU = 2;

    private final String id;

    CgRule(String id) {
        this.id = id;
    }

    /** @return the short name in the provider id, for example {@code "hs-dy"} for {@code cg-hs-dy} */
    public String id() {
        return id;
    }

    /**
     * @param ops the ops
     * @param p the products of one tensor
     * @return b<sub>t</sub>, a scalar, before the final cap
     */
    abstract Tensor b(Ops ops, CgInnerProducts p);

    private static Tensor capped(Ops ops, Tensor b) {
        return ops.minimum(b, ops.constant(CAP));
    }

    private static Tensor hybrid(Ops ops, Tensor a, Tensor b) {
        return ops.maximum(ops.constant(0), ops.minimum(capped(ops, a), capped(ops, b)));
    }
}
