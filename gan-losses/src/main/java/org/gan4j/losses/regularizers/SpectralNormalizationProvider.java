package org.gan4j.losses.regularizers;

import java.util.Set;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.spi.RegularizerProvider;

/** Provides spectral normalization of every discriminator weight as {@value #ID}; it takes no settings. */
public final class SpectralNormalizationProvider implements RegularizerProvider {
    /** The id. */
    public static final String ID = "spectral-norm";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "spectral normalization of every discriminator weight, one power iteration per step (Miyato et al. 2018)";
    }

    @Override
    public Regularizer create(Hyperparameters hyperparameters) {
        hyperparameters.requireOnly(ID, Set.of());
        return new SpectralNormalization();
    }
}
