package org.gan4j.core.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gan4j.api.role.Mode;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.tf.TfBackendProvider;
import org.gan4j.api.param.Hyperparameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.DisplayName;

class BatchNormTest {
    /** Channel 0: 1, 3, 5, 7 (mean 4, biased variance 5, unbiased 20/3); channel 1: 2, 2, 2, 6 (mean 3, 3, 4). */
    private static final float[] X = {1, 2, 3, 2, 5, 2, 7, 6};

    @ParameterizedTest
    @EnumSource(BatchNorm.Kind.class)
    @DisplayName("training normalizes by the batch and moves the running statistics by 1 − m toward the batch's (unbiased variance)")
    void trainingUpdatesRunningStatistics(BatchNorm.Kind kind) {
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1)) {
            Ops ops = c.ops();
            BatchNorm bn = new BatchNorm("bn", 0.9, 1e-3, kind);
            Tensor y = bn.apply(ops, ops.constant(HostTensor.of(Shape.of(4, 2), X)), Mode.TRAINING);
            CompiledStep step = c.compile(new StepDefinition("train", bn.trainingUpdates(), Map.of("y", y)));
            float[] out = c.run(step, Map.of(), 0).get("y").toFloatArray();
            // γ = 1, β = 0: (1 − 4)/√5.001 for the first element, (6 − 3)/√3.001 for the last
            assertThat(out[0]).isCloseTo((float) (-3 / Math.sqrt(5.001)), within(1e-5f));
            assertThat(out[7]).isCloseTo((float) (3 / Math.sqrt(3.001)), within(1e-5f));
            assertThat(bn.variables()).extracting(v -> v.name()).containsExactly("bn_gamma", "bn_beta");
            Map<String, float[]> state = new java.util.HashMap<>();
            c.variables().forEach(v -> state.put(v.name(), c.read(v).toFloatArray()));
            // mean: 0.9·0 + 0.1·(4, 3); variance: 0.9·1 + 0.1·(20/3, 4)
            assertThat(state.get("bn_mean")).containsExactly(new float[] {0.4f, 0.3f}, within(1e-6f));
            assertThat(state.get("bn_variance")).containsExactly(new float[] {0.9f + 2f / 3, 1.3f}, within(1e-6f));
        }
    }

    @ParameterizedTest
    @EnumSource(BatchNorm.Kind.class)
    @DisplayName("inference uses the running statistics ((x − 0)/√(1 + ε) at the start) and writes nothing")
    void inferenceUsesRunningStatistics(BatchNorm.Kind kind) {
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1)) {
            Ops ops = c.ops();
            BatchNorm bn = BatchNorm.withDefaults("bn", kind);
            Tensor y = bn.apply(ops, ops.constant(HostTensor.of(Shape.of(4, 2), X)), Mode.INFERENCE);
            assertThat(bn.trainingUpdates()).isEmpty();
            float[] out = c.run(c.compile(new StepDefinition("infer", List.of(), Map.of("y", y))), Map.of(), 0)
                    .get("y").toFloatArray();
            for (int i = 0; i < X.length; i++) {
                assertThat(out[i]).isCloseTo((float) (X[i] / Math.sqrt(1 + BatchNorm.DEFAULT_EPSILON)), within(1e-6f));
            }
        }
    }
}
