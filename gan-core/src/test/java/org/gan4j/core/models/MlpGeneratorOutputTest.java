package org.gan4j.core.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.tf.TfBackendProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The MLP generator's output activation, on a one-unit network with hand-set weights. */
class MlpGeneratorOutputTest {
    /** z = 1, W₀ = 1, b₀ = 0, W = 2, b = 0.5: the output layer sees 2·relu(1) + 0.5 = 2.5. */
    private static double output(String activation) {
        MlpGenerator g = new MlpGenerator(Shape.of(1), MlpGeneratorParameters.from(
                Hyperparameters.parse("latent=1,width=1,depth=1" + (activation == null ? "" : ",output=" + activation))));
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1)) {
            Tensor x = g.generate(c.ops(), c.ops().constant(HostTensor.of(Shape.of(1, 1), new float[] {1})));
            List<Variable> v = g.variables();
            float[] values = {1, 0, 2, 0.5f};
            for (int i = 0; i < 4; i++) {
                c.write(v.get(i), HostTensor.of(v.get(i).shape(), new float[] {values[i]}));
            }
            return c.run(c.compile(new StepDefinition("g", List.of(), Map.of("x", x))), Map.of(), 0).get("x").scalarValue();
        }
    }

    @Test
    @DisplayName("output = linear (the default), tanh or sigmoid of 2.5: 2.5, 0.986614, 0.924142")
    void outputActivations() {
        assertThat(output(null)).isCloseTo(2.5, within(1e-6));
        assertThat(output("linear")).isCloseTo(2.5, within(1e-6));
        assertThat(output("tanh")).isCloseTo(Math.tanh(2.5), within(1e-6));
        assertThat(output("sigmoid")).isCloseTo(1 / (1 + Math.exp(-2.5)), within(1e-6));
    }

    @Test
    @DisplayName("an output activation other than linear, tanh or sigmoid is refused, naming the key and the choices")
    void otherOutputsRefused() {
        assertThatThrownBy(() -> MlpGeneratorParameters.from(Hyperparameters.parse("output=relu")))
                .isInstanceOf(InvalidHyperparameterException.class)
                .hasMessage("generator mlp: output = 'relu' is unknown; use one of [linear, tanh, sigmoid].");
    }
}
