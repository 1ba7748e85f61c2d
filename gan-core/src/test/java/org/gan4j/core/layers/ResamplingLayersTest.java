package org.gan4j.core.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gan4j.api.GanException;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Mode;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.tf.TfBackendProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 2× nearest-neighbour upsampling, 2 × 2 average pooling and global sum pooling against values worked out by hand.
 * The inputs are fed with an unknown batch size, as an exported generator is.
 */
class ResamplingLayersTest {
    /**
     * Two 2 × 2 images with 2 channels, NHWC: image 0 has channel 0 = [[1, 2], [3, 4]] and channel 1 ten times it;
     * image 1 is image 0 negated.
     */
    private static final float[] IMAGES = {1, 10, 2, 20, 3, 30, 4, 40, -1, -10, -2, -20, -3, -30, -4, -40};

    /** Runs a layer on x fed with batch size unknown while tracing; returns y and ∂Σ(y·r)/∂x for the given r. */
    private static Map<String, HostTensor> run(Layer layer, HostTensor x, HostTensor r) {
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1)) {
            Ops ops = c.ops();
            Shape sample = Shape.of(java.util.Arrays.copyOfRange(x.shape().dims(), 1, x.shape().rank()));
            Tensor input = c.input("x", sample.prepend(Shape.UNKNOWN), DType.FLOAT32);
            Tensor y = layer.apply(ops, input, Mode.TRAINING);
            Tensor weighted = ops.sum(ops.mul(y, ops.constant(r)));
            var step = c.compile(new StepDefinition("run", List.of(),
                    Map.of("y", y, "grad", ops.gradients(weighted, List.of(input)).get(0))));
            return c.run(step, Map.of(input, x), 0);
        }
    }

    @Test
    @DisplayName("2× upsampling copies each pixel into a 2 × 2 block, per image and channel; its gradient sums each block")
    void upsampling() {
        HostTensor x = HostTensor.of(Shape.of(2, 2, 2, 2), IMAGES);
        float[] r = new float[2 * 4 * 4 * 2];
        for (int i = 0; i < r.length; i++) {
            r[i] = i % 2 == 0 ? 1 : 0.5f; // channel 0 weighted 1, channel 1 weighted 0.5
        }
        Map<String, HostTensor> out = run(new Upsample2x(), x, HostTensor.of(Shape.of(2, 4, 4, 2), r));
        assertThat(out.get("y").shape()).isEqualTo(Shape.of(2, 4, 4, 2));
        // image 0, rows 0 and 1: (1, 10) (1, 10) (2, 20) (2, 20); rows 2 and 3: (3, 30) (3, 30) (4, 40) (4, 40)
        float[] image0 = {
            1, 10, 1, 10, 2, 20, 2, 20, 1, 10, 1, 10, 2, 20, 2, 20,
            3, 30, 3, 30, 4, 40, 4, 40, 3, 30, 3, 30, 4, 40, 4, 40};
        float[] expected = new float[64];
        for (int i = 0; i < 32; i++) {
            expected[i] = image0[i];
            expected[32 + i] = -image0[i];
        }
        assertThat(out.get("y").toFloatArray()).containsExactly(expected);
        // each input pixel feeds 4 outputs: ∂/∂x = 4 · 1 in channel 0, 4 · 0.5 in channel 1
        float[] gradient = new float[16];
        for (int i = 0; i < 16; i++) {
            gradient[i] = i % 2 == 0 ? 4 : 2;
        }
        assertThat(out.get("grad").toFloatArray()).containsExactly(gradient);
    }

    @Test
    @DisplayName("2 × 2 average pooling averages each block, per image and channel; its gradient is ¼ spread over the block")
    void averagePooling() {
        // one image 2 × 4, channel 0 = [[1, 2, 3, 4], [5, 6, 7, 8]], channel 1 = 10 × channel 0
        float[] values = new float[16];
        for (int i = 0; i < 8; i++) {
            values[2 * i] = i + 1;
            values[2 * i + 1] = 10 * (i + 1);
        }
        HostTensor x = HostTensor.of(Shape.of(1, 2, 4, 2), values);
        Map<String, HostTensor> out = run(new AveragePool2x(), x, HostTensor.of(Shape.of(1, 1, 2, 2), new float[] {1, 2, 3, 4}));
        assertThat(out.get("y").shape()).isEqualTo(Shape.of(1, 1, 2, 2));
        // (1 + 2 + 5 + 6)/4 = 3.5, (3 + 4 + 7 + 8)/4 = 5.5, and ten times those in channel 1
        assertThat(out.get("y").toFloatArray()).containsExactly(3.5f, 35f, 5.5f, 55f);
        // the output (block b, channel c) has weight r; each of its 4 inputs gets r/4: left block r = 1, 2; right 3, 4
        assertThat(out.get("grad").toFloatArray()).containsExactly(
                0.25f, 0.5f, 0.25f, 0.5f, 0.75f, 1f, 0.75f, 1f,
                0.25f, 0.5f, 0.25f, 0.5f, 0.75f, 1f, 0.75f, 1f);
    }

    @Test
    @DisplayName("global sum pooling adds every pixel of each image, per channel")
    void globalSumPooling() {
        HostTensor x = HostTensor.of(Shape.of(2, 2, 2, 2), IMAGES);
        Map<String, HostTensor> out = run(Layer.globalSumPool(), x, HostTensor.of(Shape.of(2, 2), new float[] {1, 1, 1, 1}));
        assertThat(out.get("y").shape()).isEqualTo(Shape.of(2, 2));
        // 1 + 2 + 3 + 4 = 10, 10 + 20 + 30 + 40 = 100; image 1 negated
        assertThat(out.get("y").toFloatArray()).containsExactly(10, 100, -10, -100);
        float[] ones = new float[16];
        java.util.Arrays.fill(ones, 1);
        assertThat(out.get("grad").toFloatArray()).containsExactly(ones);
    }

    @Test
    @DisplayName("pooling an odd side, or resampling what is not an NHWC image, is refused naming the shape")
    void invalidShapes() {
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1)) {
            Ops ops = c.ops();
            Tensor odd = ops.constant(HostTensor.zeros(Shape.of(1, 3, 4, 1)));
            assertThatThrownBy(() -> new AveragePool2x().apply(ops, odd, Mode.TRAINING)).isInstanceOf(GanException.class)
                    .hasMessageContaining("even, known height and width, got [1, 3, 4, 1]");
            Tensor flat = ops.constant(HostTensor.zeros(Shape.of(2, 3)));
            assertThatThrownBy(() -> new Upsample2x().apply(ops, flat, Mode.TRAINING)).isInstanceOf(GanException.class)
                    .hasMessageContaining("got [2, 3]");
        }
    }
}
