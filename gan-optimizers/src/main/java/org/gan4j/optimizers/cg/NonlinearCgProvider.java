package org.gan4j.optimizers.cg;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.spi.OptimizerProvider;

/**
 * Provides {@link NonlinearCg} with one {@link CgRule} under the id {@code cg-<rule>}. Each rule is a public
 * nested subclass, so that {@link java.util.ServiceLoader} can list it by name.
 */
public abstract class NonlinearCgProvider implements OptimizerProvider {
    private final CgRule rule;

    NonlinearCgProvider(CgRule rule) {
        this.rule = rule;
    }

    @Override
    public String id() {
        return "cg-" + rule.id();
    }

    @Override
    public String description() {
        return "nonlinear conjugate gradient, " + rule + " rule (Naganuma and Iiduka 2023)";
    }

    @Override
    public Optimizer create(Hyperparameters hyperparameters) {
        return new NonlinearCg(NonlinearCgParameters.from(rule, hyperparameters));
    }

    /** {@code cg-fr}: Fletcher–Reeves. */
    public static final class Fr extends NonlinearCgProvider {
        /** For ServiceLoader. */
        public Fr() {
            super(CgRule.FR);
        }
    }

    /** {@code cg-prp}: Polak–Ribière–Polyak. */
    public static final class Prp extends NonlinearCgProvider {
        /** For ServiceLoader. */
        public Prp() {
            super(CgRule.PRP);
        }
    }

    /** {@code cg-hs}: Hestenes–Stiefel. */
    public static final class Hs extends NonlinearCgProvider {
        /** For ServiceLoader. */
        public Hs() {
            super(CgRule.HS);
        }
    }

    /** {@code cg-dy}: Dai–Yuan. */
    public static final class Dy extends NonlinearCgProvider {
        /** For ServiceLoader. */
        public Dy() {
            super(CgRule.DY);
        }
    }

    /** {@code cg-hz}: Hager–Zhang. */
    public static final class Hz extends NonlinearCgProvider {
        /** For ServiceLoader. */
        public Hz() {
            super(CgRule.HZ);
        }
    }

    /** {@code cg-hs-dy}: the HS–DY hybrid. */
    public static final class HsDy extends NonlinearCgProvider {
        /** For ServiceLoader. */
        public HsDy() {
            super(CgRule.HS_DY);
        }
    }

    /** {@code cg-fr-prp}: the FR–PRP hybrid. */
    public static final class FrPrp extends NonlinearCgProvider {
        /** For ServiceLoader. */
        public FrPrp() {
            super(CgRule.FR_PRP);
        }
    }
}
