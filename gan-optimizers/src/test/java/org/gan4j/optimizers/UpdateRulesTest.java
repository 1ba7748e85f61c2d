package org.gan4j.optimizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.OptimizerProvider;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.tf.TfBackend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule minimizes f(θ) = θ² from θ = 1 for two steps. Expected values were worked out by hand from the
 * papers' equations (SGD, momentum) or with a calculator (RMSProp, Adam), never by running this code.
 */
class UpdateRulesTest {

    private static double[] twoSteps(Optimizer optimizer) {
        return steps(optimizer, 2);
    }

    private static double[] steps(Optimizer optimizer, int n) {
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Variable theta = ops.variable("theta", Shape.scalar(), Initializer.constant(1), true);
            Tensor f = ops.square(theta);
            List<Tensor> grads = ops.gradients(f, List.of(theta));
            var plan = optimizer.update(ops, "P", List.of(theta), grads);
            CompiledStep step = c.compile(new StepDefinition("step", plan.assignments(), Map.of()));
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                c.run(step, Map.of(), i);
                out[i] = c.read(theta).scalarValue();
            }
            return out;
        }
    }

    @Test
    @DisplayName("sgd: θ ← θ − ηg gives 0.8 then 0.64 at η = 0.1")
    void sgd() {
        assertThat(twoSteps(new Sgd(new SgdParameters(LearningRate.constant(0.1))))).containsExactly(new double[] {0.8, 0.64}, within(1e-6));
    }

    @Test
    @DisplayName("momentum: v ← μv + g, θ ← θ − ηv gives 0.8 then 0.46 at η = 0.1, μ = 0.9")
    void momentum() {
        assertThat(twoSteps(new Momentum(new MomentumParameters(LearningRate.constant(0.1), 0.9))))
                .containsExactly(new double[] {0.8, 0.46}, within(1e-6));
    }

    @Test
    @DisplayName("rmsprop: first step 1 − 0.02/√0.4, second 0.945788 at η = 0.01, ρ = 0.9")
    void rmsprop() {
        double first = 1 - 0.02 / (Math.sqrt(0.4) + 1e-7);
        assertThat(twoSteps(new RmsProp(new RmsPropParameters(LearningRate.constant(0.01), 0.9, 1e-7))))
                .containsExactly(new double[] {first, 0.9457880323079007}, within(1e-6));
    }

    @Test
    @DisplayName("adam: the bias-corrected first step moves θ by η exactly, the second to 0.800412")
    void adam() {
        assertThat(twoSteps(new Adam(new AdamParameters(LearningRate.constant(0.1), 0.9, 0.999, 1e-8))))
                // 5e-6, not 1e-6: in float32, 1 − β2 = 1 − 0.999f carries a relative error of about 1e-5
                .containsExactly(new double[] {0.9, 0.8004122550985356}, within(5e-6));
    }

    @Test
    @DisplayName("step decay: sgd with η = 0.1 halved every 2 steps gives 0.8, 0.64, then 0.576, 0.5184 at η = 0.05")
    void stepDecay() {
        var sgd = new SgdProvider().create(Hyperparameters.parse("lr=0.1,lr_decay=0.5,lr_decay_steps=2"));
        // θ ← θ(1 − 2η): ×0.8 twice, then ×0.9 twice
        assertThat(steps(sgd, 4)).containsExactly(new double[] {0.8, 0.64, 0.576, 0.5184}, within(1e-6));
    }

    @Test
    @DisplayName("all eleven are found through ServiceLoader by id")
    void discovered() {
        var ids = ServiceLoader.load(OptimizerProvider.class).stream().map(p -> p.get().id()).toList();
        assertThat(ids).containsExactlyInAnyOrder("sgd", "momentum", "rmsprop", "adam", "cg-fr", "cg-prp", "cg-hs", "cg-dy",
                "cg-hz", "cg-hs-dy", "cg-fr-prp");
    }

    @ParameterizedTest(name = "adam {0} rejected")
    @CsvSource(delimiter = ';', value = {
        "lr=-1; lr = -1.0 is invalid; it must be a finite number > 0",
        "lr=0; lr = 0.0 is invalid",
        "lr=NaN; lr = NaN is invalid",
        "lr=Infinity; lr = Infinity is invalid",
        "beta1=1; beta1 = 1.0 is invalid; it must be a number in [0.0, 1.0)",
        "beta2=-0.1; beta2 = -0.1 is invalid",
        "epsilon=0; epsilon = 0.0 is invalid",
        "lr=fast; lr = 'fast' is not a number",
        "lr_decay=0; lr_decay = 0.0 is invalid; it must be a number in (0.0, 1.0]",
        "lr_decay=1.1; lr_decay = 1.1 is invalid",
        "lr_decay_steps=0; lr_decay_steps = 0 is invalid; it must be an integer >= 1",
        "learning_rate=0.1; adam does not know the setting [learning_rate]; it knows [beta1, beta2, epsilon, lr, lr_decay, lr_decay_steps]"})
    void invalidSettings(String settings, String message) {
        assertThatThrownBy(() -> new AdamProvider().create(Hyperparameters.parse(settings)))
                .isInstanceOf(InvalidHyperparameterException.class).hasMessageContaining(message);
    }
}
