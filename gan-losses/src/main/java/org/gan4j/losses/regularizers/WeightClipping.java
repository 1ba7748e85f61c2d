package org.gan4j.losses.regularizers;

import java.util.List;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Ops;

/**
 * Weight clipping (Arjovsky, Chintala &amp; Bottou, "Wasserstein GAN", ICML 2017, Algorithm 1, line 7): after every
 * critic update, w ← clip(w, −c, c) for every trainable critic weight. Optimizer state is left alone. The paper
 * pairs it with RMSProp (lr 5e-5), batch 64 and 5 critic steps per generator step.
 */
final class WeightClipping implements Regularizer {
    private final WeightClippingParameters parameters;

    WeightClipping(WeightClippingParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public UpdatePlan constrain(Ops ops, UpdatePlan update) {
        double c = parameters.c();
        List<Assignment> clipped = update.assignments().stream()
                .map(a -> a.target().trainable() ? new Assignment(a.target(), ops.clip(a.value(), -c, c)) : a)
                .toList();
        return new UpdatePlan(clipped, update.metrics());
    }
}
