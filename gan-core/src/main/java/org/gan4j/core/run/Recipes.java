package org.gan4j.core.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gan4j.core.registry.ProviderSpec;

/**
 * The papers' recipes for losses and regularizers that train with settings of their own. The first that applies
 * to a run's loss and regularizers fills the options the user left unset; the others keep their defaults per kind
 * of data ({@link RunOptions}). Losses whose papers train as DCGAN does (non-saturating, minimax, least squares,
 * relativistic average: Adam with β1 = 0.5) have no recipe: those defaults already are theirs.
 */
public final class Recipes {
    /**
     * WGAN-GP (Gulrajani et al., NeurIPS 2017, Algorithm 1: n_critic = 5, Adam α = 1e-4, β2 = 0.9; β1 = 0.5 as the
     * authors' code for their toy and MNIST experiments). The one-sided penalty (WGAN-LP, Petzka et al., ICLR 2018)
     * trains the same way.
     */
    public static final Recipe WGAN_GP = new Recipe("wgan-gp", "Gulrajani et al. 2017, Algorithm 1",
            (loss, regs) -> loss.equals("wgan") && (regs.contains("gp") || regs.contains("lp")),
            ordered(RunOptions.OPTIMIZER, ProviderSpec.parse("adam:lr=1e-4,beta1=0.5,beta2=0.9"), RunOptions.CRITIC_STEPS, 5));

    /** WGAN with weight clipping (Arjovsky et al., ICML 2017, Algorithm 1: RMSProp α = 5e-5, n_critic = 5). */
    public static final Recipe WGAN_CLIP = new Recipe("wgan-clip", "Arjovsky et al. 2017, Algorithm 1",
            (loss, regs) -> loss.equals("wgan") && regs.contains("clip"),
            ordered(RunOptions.OPTIMIZER, ProviderSpec.parse("rmsprop:lr=5e-5"), RunOptions.CRITIC_STEPS, 5));

    /**
     * Spectral normalization (Miyato et al., ICLR 2018, with the hinge loss of their eq. 16–17): Adam α = 2e-4,
     * β1 = 0, β2 = 0.9, n_dis = 5, the setting of the authors' code for their CIFAR-10 and ImageNet models.
     */
    public static final Recipe SPECTRAL_NORM = new Recipe("sn-gan", "Miyato et al. 2018, section 4 and the authors' code",
            (loss, regs) -> regs.contains("spectral-norm"),
            ordered(RunOptions.OPTIMIZER, ProviderSpec.parse("adam:lr=2e-4,beta1=0,beta2=0.9"), RunOptions.CRITIC_STEPS, 5));

    private static final List<Recipe> ALL = List.of(WGAN_GP, WGAN_CLIP, SPECTRAL_NORM);

    private Recipes() {
    }

    private static Map<RunOption<?>, Object> ordered(RunOption<?> first, Object firstValue, RunOption<?> second,
            Object secondValue) {
        Map<RunOption<?>, Object> settings = new LinkedHashMap<>();
        settings.put(first, firstValue);
        settings.put(second, secondValue);
        return settings;
    }

    /**
     * @param name a recipe's name, or the empty text for none
     * @return that recipe, or empty for the empty text
     * @throws IllegalArgumentException for an unknown name
     */
    public static Optional<Recipe> byName(String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ALL.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no recipe '" + name + "'")));
    }

    /** @return every recipe's name */
    public static List<String> names() {
        return ALL.stream().map(Recipe::name).toList();
    }

    /** @return every recipe, the first that applies winning */
    public static List<Recipe> all() {
        return ALL;
    }

    /**
     * @param loss the loss
     * @param regularizers the regularizers
     * @return the recipe for them, if there is one
     */
    public static Optional<Recipe> forChoices(ProviderSpec loss, List<ProviderSpec> regularizers) {
        return ALL.stream().filter(r -> r.appliesTo(loss, regularizers)).findFirst();
    }
}
