/** The adversarial losses and Lipschitz regularizers: exports nothing, provides them by id. */
module org.gan4j.losses {
    requires org.gan4j.api;

    provides org.gan4j.api.spi.LossProvider with
            org.gan4j.losses.MinimaxLossProvider,
            org.gan4j.losses.NonSaturatingLossProvider,
            org.gan4j.losses.WassersteinLossProvider,
            org.gan4j.losses.HingeLossProvider,
            org.gan4j.losses.LeastSquaresLossProvider,
            org.gan4j.losses.RelativisticAverageLossProvider;
    provides org.gan4j.api.spi.RegularizerProvider with
            org.gan4j.losses.regularizers.GradientPenaltyProvider,
            org.gan4j.losses.regularizers.OneSidedGradientPenaltyProvider,
            org.gan4j.losses.regularizers.WeightClippingProvider,
            org.gan4j.losses.regularizers.SpectralNormalizationProvider,
            org.gan4j.losses.regularizers.R1PenaltyProvider;
}
