package com.example.ganplugin;

import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Loss;
import org.gan4j.api.spi.LossProvider;

/**
 * Provides {@link RelativisticHingeLoss} as {@value #ID}. Setting: {@code margin} m &gt; 0 (default 1, the paper's).
 * Found by {@link java.util.ServiceLoader}: registered in {@code META-INF/services/org.gan4j.api.spi.LossProvider}
 * and in {@code module-info.java}.
 */
public final class RelativisticHingeLossProvider implements LossProvider {
    /** The id users choose it by: {@code gan train --loss relativistic-hinge}. */
    public static final String ID = "relativistic-hinge";

    /** Called by {@link java.util.ServiceLoader}. */
    public RelativisticHingeLossProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "relativistic average hinge loss (Jolicoeur-Martineau, ICLR 2019), a third-party plugin example";
    }

    @Override
    public Loss create(Hyperparameters hyperparameters) {
        hyperparameters.requireOnly(ID, Set.of("margin"));
        double margin = hyperparameters.getDouble(ID, "margin", 1.0);
        Check.positive(ID, "margin", margin);
        return new RelativisticHingeLoss(margin);
    }
}
