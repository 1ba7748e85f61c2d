package org.gan4j.optimizers.cg;

import org.gan4j.tck.OptimizerContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** Every nonlinear CG rule passes the optimizer kit at α = 0.1, κ = 1. */
class NonlinearCgContractTest {

    @Nested
    @DisplayName("cg-fr")
    class Fr extends OptimizerContract {
        Fr() {
            super(new NonlinearCgProvider.Fr(), "lr=0.1");
        }
    }

    @Nested
    @DisplayName("cg-prp")
    class Prp extends OptimizerContract {
        Prp() {
            super(new NonlinearCgProvider.Prp(), "lr=0.1");
        }
    }

    @Nested
    @DisplayName("cg-hs")
    class Hs extends OptimizerContract {
        Hs() {
            super(new NonlinearCgProvider.Hs(), "lr=0.1");
        }
    }

    @Nested
    @DisplayName("cg-dy")
    class Dy extends OptimizerContract {
        Dy() {
            super(new NonlinearCgProvider.Dy(), "lr=0.1");
        }
    }

    @Nested
    @DisplayName("cg-hz")
    class Hz extends OptimizerContract {
        Hz() {
            super(new NonlinearCgProvider.Hz(), "lr=0.1");
        }
    }

    @Nested
    @DisplayName("cg-hs-dy")
    class HsDy extends OptimizerContract {
        HsDy() {
            super(new NonlinearCgProvider.HsDy(), "lr=0.1");
        }
    }

    @Nested
    @DisplayName("cg-fr-prp")
    class FrPrp extends OptimizerContract {
        FrPrp() {
            super(new NonlinearCgProvider.FrPrp(), "lr=0.1");
        }
    }
}
