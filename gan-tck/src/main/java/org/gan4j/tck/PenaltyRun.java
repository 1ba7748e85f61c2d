package org.gan4j.tck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.role.RegularizerInputs;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * One evaluation of a regularizer's penalty on the kit's fixed batches and a {@link QuadraticCritic}, with
 * a = ({@value #A0}, {@value #A1}): the penalty, its gradient with respect to a, and every batch the critic scored,
 * all from one run. The pairs are chosen so that on the segment between real and fake sample i the gradient norm
 * ‖a ⊙ x‖ is above 1 everywhere (i = 0, 2), below 1 everywhere (i = 1), or on both sides (i = 3).
 *
 * @param penalty the penalty's value
 * @param penaltyShape its shape
 * @param weightGradient ∂penalty/∂a
 * @param scored the batches the critic scored, in order
 */
record PenaltyRun(double penalty, Shape penaltyShape, double[] weightGradient, List<HostTensor> scored) {
    static final double A0 = 1;
    static final double A1 = 2;
    static final double[] A = {A0, A1};
    static final Shape BATCH = Shape.of(4, 2);
    static final float[] REAL = {2, 0, 0.2f, 0, -1, 0.5f, 0, -1};
    static final float[] FAKE = {3, 1, 0, 0.2f, 0.5f, 0.5f, 0, 0};

    /**
     * @param regularizer the regularizer under test
     * @param groupSize how many consecutive samples the critic scores together
     * @return what it computed
     */
    static PenaltyRun of(Regularizer regularizer, int groupSize) {
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Ops ops = c.ops();
            Tensor a = ops.constant(HostTensor.of(Shape.of(2, 1), new float[] {(float) A0, (float) A1}));
            Tensor real = ops.constant(HostTensor.of(BATCH, REAL.clone()));
            Tensor fake = ops.constant(HostTensor.of(BATCH, FAKE.clone()));
            QuadraticCritic critic = new QuadraticCritic(a, groupSize);
            Tensor p = regularizer.penalty(new RegularizerInputs(ops, real, fake, critic));
            Map<String, Tensor> fetches = new LinkedHashMap<>(Map.of("p", p, "da", ops.gradients(p, List.of(a)).get(0)));
            List<Tensor> scored = critic.scored();
            for (int i = 0; i < scored.size(); i++) {
                fetches.put("scored" + i, scored.get(i));
            }
            Map<String, HostTensor> out = Fetch.values(c, fetches);
            List<HostTensor> points = new ArrayList<>();
            for (int i = 0; i < scored.size(); i++) {
                points.add(out.get("scored" + i));
            }
            HostTensor value = out.get("p");
            return new PenaltyRun(value.shape().numElements() == 1 ? value.toDoubleArray()[0] : Double.NaN, value.shape(),
                    out.get("da").toDoubleArray(), points);
        }
    }

    /**
     * @param i a sample index
     * @param point a point of the plane
     * @return {ε, d}: the point's position ε along the line x̃ᵢ + ε(xᵢ − x̃ᵢ) through fake and real sample i (0 at
     *     the fake, 1 at the real one), and its distance d from that line
     */
    static double[] onSegment(int i, double[] point) {
        double[] f = {FAKE[2 * i], FAKE[2 * i + 1]};
        double[] d = {REAL[2 * i] - f[0], REAL[2 * i + 1] - f[1]};
        double epsilon = ((point[0] - f[0]) * d[0] + (point[1] - f[1]) * d[1]) / (d[0] * d[0] + d[1] * d[1]);
        return new double[] {epsilon, Math.hypot(point[0] - f[0] - epsilon * d[0], point[1] - f[1] - epsilon * d[1])};
    }

    /** @return "real (x, y), fake (x, y)" of sample i, for messages */
    static String pair(int i) {
        return String.format("real (%s, %s), fake (%s, %s)", REAL[2 * i], REAL[2 * i + 1], FAKE[2 * i], FAKE[2 * i + 1]);
    }

    /** @return ‖∇D‖ at every scored sample, batch after batch, from the closed form a ⊙ x */
    double[] gradientNorms() {
        List<Double> norms = new ArrayList<>();
        for (HostTensor batch : scored) {
            double[] values = batch.toDoubleArray();
            int features = (int) (batch.shape().numElements() / batch.shape().size(0));
            for (int i = 0; i < values.length; i += features) {
                norms.add(QuadraticCritic.gradientNorm(A, Arrays.copyOfRange(values, i, i + features)));
            }
        }
        return norms.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
