package org.gan4j.core.eval;

import java.util.List;
import org.gan4j.api.GanException;

/** The feature networks a classifier can be, by the names saved classifiers record. */
public final class FeatureNetworks {
    /** The short names {@code gan classifier --network} takes: the small CNN and the residual network. */
    public static final List<String> CHOICES = List.of("cnn", "resnet");

    private FeatureNetworks() {
    }

    /**
     * @param name a {@link FeatureNetwork#name()} or one of {@link #CHOICES}
     * @param classes the number of classes
     * @return a new, untrained network
     * @throws GanException naming the unknown network and the known ones
     */
    public static FeatureNetwork create(String name, int classes) {
        return switch (name) {
            case ClassifierNetwork.NAME, "cnn" -> new ClassifierNetwork(classes);
            case ResidualClassifierNetwork.NAME, "resnet" -> new ResidualClassifierNetwork(classes);
            default -> throw new GanException("no feature network '" + name + "'; use one of " + CHOICES);
        };
    }

    /**
     * @param channels the images' channels
     * @return the default for such images: the small CNN for grey (as the shipped Fashion-MNIST classifier), the
     *     residual network for colour
     */
    public static String defaultFor(long channels) {
        return channels == 1 ? "cnn" : "resnet";
    }
}
