package org.gan4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Loss;
import org.gan4j.api.role.LossInputs;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.LossProvider;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link LossProvider}, on top of {@link ProviderContract}. A loss's test extends it with
 * fixed discriminator outputs and the loss's closed-form values on them, worked out from the paper's formula
 * (not by running the loss):
 *
 * <pre>{@code
 * class MyLossContractTest extends LossContract {
 *     MyLossContractTest() { super(new MyLossProvider(), new double[] {2, -1}, new double[] {0.5, 3}); }
 *     protected double expectedDiscriminatorLoss() { return 1.25; }
 *     protected double expectedGeneratorLoss() { return -1.75; }
 * }
 * }</pre>
 * Everything runs in float64 on the highest-priority backend of the test class path.
 */
public abstract class LossContract extends ProviderContract<LossProvider> {
    private static final double EXTREME = 500;

    private final double[] real;
    private final double[] fake;

    /**
     * @param provider the provider under test
     * @param real D(x) for a small batch, chosen so both players get a non-zero gradient of a definite direction:
     *     for a loss with targets (least squares), outputs on the near side of them
     * @param fake D(G(z)) for a batch of the same size
     */
    protected LossContract(LossProvider provider, double[] real, double[] fake) {
        super(LossProvider.class, provider);
        this.real = real.clone();
        this.fake = fake.clone();
    }

    /** @return L_D on the fixed outputs, from the formula */
    protected abstract double expectedDiscriminatorLoss();

    /** @return L_G on the fixed outputs, from the formula */
    protected abstract double expectedGeneratorLoss();

    /** @return whether the loss stays finite for outputs of ±500; a loss that cannot declares false here */
    protected boolean supportsExtremeOutputs() {
        return true;
    }

    /** @return the settings the loss is created with; none by default */
    protected Hyperparameters settings() {
        return Hyperparameters.empty();
    }

    /** The losses and their gradients with respect to each output, in float64. */
    private record Evaluation(double dLoss, double gLoss, double[] dByReal, double[] dByFake, double[] gByFake) {
    }

    private Evaluation evaluate(double[] realScores, double[] fakeScores) {
        Loss loss = provider().create(settings());
        try (Computation c = ContractBackend.find().newComputation(0)) {
            Ops ops = c.ops();
            Tensor r = ops.constant(HostTensor.of(Shape.of(realScores.length, 1), realScores.clone()));
            Tensor f = ops.constant(HostTensor.of(Shape.of(fakeScores.length, 1), fakeScores.clone()));
            LossInputs in = new LossInputs(ops, r, f);
            Tensor d = loss.discriminatorLoss(in);
            Tensor g = loss.generatorLoss(in);
            List<Tensor> dGrads = ops.gradients(d, List.of(r, f));
            Map<String, HostTensor> out = c.run(c.compile(new StepDefinition("contract", List.of(),
                    Map.of("d", d, "g", g, "dr", dGrads.get(0), "df", dGrads.get(1),
                            "gf", ops.gradients(g, List.of(f)).get(0)))), Map.of(), 0);
            return new Evaluation(out.get("d").scalarValue(), out.get("g").scalarValue(), out.get("dr").toDoubleArray(),
                    out.get("df").toDoubleArray(), out.get("gf").toDoubleArray());
        }
    }

    @Test
    @DisplayName("L_D equals its closed form on the fixed outputs")
    void discriminatorLossMatchesClosedForm() {
        assertThat(evaluate(real, fake).dLoss()).isCloseTo(expectedDiscriminatorLoss(), within(1e-9));
    }

    @Test
    @DisplayName("L_G equals its closed form on the fixed outputs")
    void generatorLossMatchesClosedForm() {
        assertThat(evaluate(real, fake).gLoss()).isCloseTo(expectedGeneratorLoss(), within(1e-9));
    }

    @Test
    @DisplayName("minimizing L_D raises D(x) and lowers D(G(z)): its gradient sums are negative and positive")
    void discriminatorPullsTheRightWay() {
        Evaluation e = evaluate(real, fake);
        assertThat(Arrays.stream(e.dByReal()).sum()).as("sum of dL_D/dD(x)").isNegative();
        assertThat(Arrays.stream(e.dByFake()).sum()).as("sum of dL_D/dD(G(z))").isPositive();
    }

    @Test
    @DisplayName("minimizing L_G raises D(G(z)): its gradient sum is negative")
    void generatorPullsTheRightWay() {
        assertThat(Arrays.stream(evaluate(real, fake).gByFake()).sum()).as("sum of dL_G/dD(G(z))").isNegative();
    }

    @Test
    @DisplayName("losses and gradients are finite for outputs of ±500")
    void finiteForExtremeOutputs() {
        assumeTrue(supportsExtremeOutputs(), "the loss declares it does not support extreme outputs");
        Evaluation e = evaluate(new double[] {EXTREME, -EXTREME}, new double[] {-EXTREME, EXTREME});
        double[] all = {e.dLoss(), e.gLoss(), e.dByReal()[0], e.dByReal()[1], e.dByFake()[0], e.dByFake()[1],
            e.gByFake()[0], e.gByFake()[1]};
        assertThat(Arrays.stream(all).allMatch(Double::isFinite)).as(Arrays.toString(all)).isTrue();
    }
}
