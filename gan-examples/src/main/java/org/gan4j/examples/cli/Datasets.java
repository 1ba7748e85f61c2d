package org.gan4j.examples.cli;

import org.gan4j.core.data.GaussianMixture2D;

/** The data sets the command line knows. */
final class Datasets {
    private Datasets() {
    }

    /**
     * @param id the value of {@code --dataset}
     * @return that mixture
     * @throws InvalidArgumentException naming the allowed values
     */
    static GaussianMixture2D mixture(String id) {
        return switch (id) {
            case "ring8", "grid25" -> GaussianMixture2D.byId(id);
            default -> throw new InvalidArgumentException("--dataset", id, "use ring8 or grid25");
        };
    }
}
