package org.gan4j.tf.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.nn.LeakyRelu;
import org.tensorflow.op.random.RandomStandardNormal;
import org.tensorflow.types.TFloat32;

/**
 * The MLP GAN of the foundation benchmark written by hand on TensorFlow Java, the way docs/tensorflow-backend.md
 * describes: G 100→128→128→784 (ReLU, linear out), D 784→128→128→1 (LeakyReLU 0.2), non-saturating loss, Adam with
 * fused {@code ApplyAdam} and the two control dependencies of docs/tensorflow-backend.md#fused-adam, one
 * {@code Session.run} per player.
 *
 * <p>{@link #accept(long)} runs one D step and one G step on a fresh real batch.
 */
public final class HandWrittenMlpGan implements LongConsumer, AutoCloseable {
    private static final int LATENT = 100;
    private static final int FEATURES = 784;
    private static final int WIDTH = 128;

    private final int batch;
    private final Graph graph = new Graph();
    private final Ops tf = Ops.create(graph);
    private final Session session;
    private final Placeholder<TFloat32> real;
    private final Op trainD;
    private final Op trainG;
    private final Operand<TFloat32> dLoss;
    private final Operand<TFloat32> gLoss;
    private final float[][] pool;
    private final List<Op> initializers = new ArrayList<>();
    private int variables;

    /**
     * @param batch the batch size
     * @param seed seeds the initial weights, the noise and the real batches
     */
    public HandWrittenMlpGan(int batch, long seed) {
        this.batch = batch;
        SplittableRandom random = new SplittableRandom(seed);
        real = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(batch, FEATURES)));
        List<Variable<TFloat32>> gVars = new ArrayList<>();
        List<Variable<TFloat32>> dVars = new ArrayList<>();
        Operand<TFloat32> z = tf.random.randomStandardNormal(tf.constant(new long[] {batch, LATENT}), TFloat32.class,
                RandomStandardNormal.seed(seed), RandomStandardNormal.seed2(1L));
        Operand<TFloat32> fake = layer(gVars, layer(gVars, layer(gVars, z, LATENT, WIDTH, 1, random), WIDTH, WIDTH, 1, random),
                WIDTH, FEATURES, 0, random);
        addLayer(dVars, FEATURES, WIDTH, random);
        addLayer(dVars, WIDTH, WIDTH, random);
        addLayer(dVars, WIDTH, 1, random);
        Operand<TFloat32> dReal = discriminator(dVars, real);
        Operand<TFloat32> dFake = discriminator(dVars, fake);
        dLoss = tf.math.add(tf.math.mean(tf.math.softplus(tf.math.neg(dReal)), tf.constant(new int[] {0, 1})),
                tf.math.mean(tf.math.softplus(dFake), tf.constant(new int[] {0, 1})));
        gLoss = tf.math.mean(tf.math.softplus(tf.math.neg(dFake)), tf.constant(new int[] {0, 1}));
        trainD = adam("D", dLoss, dVars);
        trainG = adam("G", gLoss, gVars);
        session = new Session(graph);
        session.runner().addTarget(tf.withControlDependencies(initializers).noOp()).run().close();
        pool = new float[16][];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = new float[batch * FEATURES];
            for (int j = 0; j < pool[i].length; j++) {
                pool[i][j] = (float) random.nextDouble(-1, 1);
            }
        }
    }

    /** D: two LeakyReLU(0.2) layers and a linear output, on the shared variables in {@code d}. */
    private Operand<TFloat32> discriminator(List<Variable<TFloat32>> d, Operand<TFloat32> x) {
        Operand<TFloat32> h = apply(x, d.get(0), d.get(1), 2);
        h = apply(h, d.get(2), d.get(3), 2);
        return apply(h, d.get(4), d.get(5), 0);
    }

    /** Creates W [in, out] (Glorot uniform) and b [out] (zeros) and adds them to {@code vars}. */
    private void addLayer(List<Variable<TFloat32>> vars, int in, int out, SplittableRandom random) {
        double limit = Math.sqrt(6.0 / (in + out));
        float[] w0 = new float[in * out];
        for (int i = 0; i < w0.length; i++) {
            w0[i] = (float) random.nextDouble(-limit, limit);
        }
        vars.add(variable(Shape.of(in, out), tf.constant(Shape.of(in, out), DataBuffers.of(w0, true, false))));
        vars.add(variable(Shape.of(out), tf.zeros(tf.constant(new long[] {out}), TFloat32.class)));
    }

    /** A new layer applied to x; activation 0 linear, 1 ReLU, 2 LeakyReLU(0.2). */
    private Operand<TFloat32> layer(List<Variable<TFloat32>> vars, Operand<TFloat32> x, int in, int out, int activation,
            SplittableRandom random) {
        addLayer(vars, in, out, random);
        return apply(x, vars.get(vars.size() - 2), vars.get(vars.size() - 1), activation);
    }

    /**
     * Variables are read through Identity (docs/tensorflow-backend.md#variables: never use a raw VariableV2 output in
     * the model).
     */
    private Operand<TFloat32> apply(Operand<TFloat32> x, Variable<TFloat32> w, Variable<TFloat32> b, int activation) {
        return activate(tf.nn.biasAdd(tf.linalg.matMul(x, tf.identity(w)), tf.identity(b)), activation);
    }

    private Operand<TFloat32> activate(Operand<TFloat32> x, int activation) {
        return switch (activation) {
            case 1 -> tf.nn.relu(x);
            case 2 -> tf.nn.leakyRelu(x, LeakyRelu.alpha(0.2f));
            default -> x;
        };
    }

    private Variable<TFloat32> variable(Shape shape, Operand<TFloat32> initial) {
        Variable<TFloat32> v = tf.withName("v" + variables++).variable(shape, TFloat32.class);
        initializers.add(tf.assign(v, initial));
        return v;
    }

    /**
     * Safe Adam (docs/tensorflow-backend.md#fused-adam): all gradients before any in-place update, beta powers after
     * every update.
     */
    private Op adam(String name, Operand<TFloat32> loss, List<Variable<TFloat32>> vars) {
        Output<?>[] xs = vars.stream().map(Variable::asOutput).toArray(Output[]::new);
        Output<?>[] grads = graph.addGradients(loss.asOutput(), xs);
        Variable<TFloat32> b1p = variable(Shape.scalar(), tf.constant(0.5f));
        Variable<TFloat32> b2p = variable(Shape.scalar(), tf.constant(0.999f));
        List<Op> gradOps = new ArrayList<>(List.of(grads));
        gradOps.add(loss);
        Ops afterGrads = tf.withControlDependencies(gradOps);
        List<Op> updates = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) {
            Variable<TFloat32> v = vars.get(i);
            Variable<TFloat32> m = variable(v.shape(), tf.zerosLike(v));
            Variable<TFloat32> s = variable(v.shape(), tf.zerosLike(v));
            @SuppressWarnings("unchecked")
            Operand<TFloat32> g = (Operand<TFloat32>) grads[i];
            updates.add(afterGrads.train.applyAdam(v, m, s, b1p, b2p, tf.constant(1e-3f), tf.constant(0.5f),
                    tf.constant(0.999f), tf.constant(1e-8f), g));
        }
        Ops after = tf.withControlDependencies(updates);
        var a1 = after.assign(b1p, after.math.mul(b1p, after.constant(0.5f)));
        var a2 = after.assign(b2p, after.math.mul(b2p, after.constant(0.999f)));
        return tf.withName("train" + name).withControlDependencies(List.of(a1, a2)).noOp();
    }

    @Override
    public void accept(long step) {
        float[] batchValues = pool[(int) (step % pool.length)];
        try (TFloat32 x = TFloat32.tensorOf(Shape.of(batch, FEATURES), DataBuffers.of(batchValues, true, false));
                Result r = session.runner().feed(real, x).addTarget(trainD).fetch(dLoss).run()) {
            checkFinite(((TFloat32) r.get(0)).getFloat());
        }
        try (Result r = session.runner().addTarget(trainG).fetch(gLoss).run()) {
            checkFinite(((TFloat32) r.get(0)).getFloat());
        }
    }

    private static void checkFinite(float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalStateException("hand-written GAN loss is " + value);
        }
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
