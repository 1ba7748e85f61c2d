/** The update rules, nonlinear conjugate gradient and competitive gradient descent: exports nothing, provides them by id. */
module org.gan4j.optimizers {
    requires org.gan4j.api;

    provides org.gan4j.api.spi.OptimizerProvider with
            org.gan4j.optimizers.SgdProvider,
            org.gan4j.optimizers.MomentumProvider,
            org.gan4j.optimizers.RmsPropProvider,
            org.gan4j.optimizers.AdamProvider,
            org.gan4j.optimizers.cg.NonlinearCgProvider.Fr,
            org.gan4j.optimizers.cg.NonlinearCgProvider.Prp,
            org.gan4j.optimizers.cg.NonlinearCgProvider.Hs,
            org.gan4j.optimizers.cg.NonlinearCgProvider.Dy,
            org.gan4j.optimizers.cg.NonlinearCgProvider.Hz,
            org.gan4j.optimizers.cg.NonlinearCgProvider.HsDy,
            org.gan4j.optimizers.cg.NonlinearCgProvider.FrPrp;
    provides org.gan4j.api.spi.JointOptimizerProvider with
            org.gan4j.optimizers.cgd.CgdProvider,
            org.gan4j.optimizers.cgd.AcgdProvider;
}
