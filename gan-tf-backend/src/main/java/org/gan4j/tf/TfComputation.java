package org.gan4j.tf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.gan4j.api.GanException;
import org.gan4j.api.Seeds;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.op.Op;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt64;

/**
 * One TensorFlow {@link Graph} and the {@link Session} that runs it.
 *
 * <p>Variables get their first value from their {@link Initializer} on the host, fed through a placeholder at
 * the first run. Every run feeds the tick that keys the stateless random ops.
 */
final class TfComputation implements Computation {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

    private final long seed;
    private final Graph graph = new Graph();
    /** The placeholders that only write variables, by op name: no step computes from them. */
    private final Set<String> variableFeeds = new HashSet<>();
    private final org.tensorflow.op.Ops tf = org.tensorflow.op.Ops.create(graph);
    private final Session session;
    private final Placeholder<TInt64> tick = tf.withName("tick").placeholder(TInt64.class,
            Placeholder.shape(org.tensorflow.ndarray.Shape.scalar()));
    private final TfOps ops = new TfOps(tf, this);
    private final Map<String, TfVariable> variables = new LinkedHashMap<>();
    private final List<TfVariable> uninitialized = new ArrayList<>();
    private final Map<String, Integer> streamUses = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    private final List<AdamFusion> fusions = new ArrayList<>();
    /** One copy per aliasing value, shared by every step that uses it after its writes. */
    private final Map<Output<?>, Operand<?>> copies = new HashMap<>();
    private int gradientCalls;
    private boolean closed;

    /**
     * @param seed the run's seed
     * @param config what the session is opened with
     */
    TfComputation(long seed, org.tensorflow.proto.ConfigProto config) {
        this.seed = seed;
        this.session = new Session(graph, config);
    }

    @Override
    public Ops ops() {
        return ops;
    }

    @Override
    public Tensor input(String name, Shape shape, DType type) {
        claim(name, "input");
        Class<? extends org.tensorflow.types.family.TType> tfType = type == DType.FLOAT32 ? TFloat32.class : TFloat64.class;
        return new TfTensor(tf.withName("input_" + name).placeholder(tfType,
                Placeholder.shape(org.tensorflow.ndarray.Shape.of(shape.dims()))), this);
    }

    Variable createVariable(String name, Shape shape, Initializer initializer, boolean trainable) {
        claim(name, "variable");
        if (!shape.isFullyDefined()) {
            throw new GanException("variable '" + name + "' has shape " + shape + "; variables need every dimension known");
        }
        org.tensorflow.ndarray.Shape tfShape = org.tensorflow.ndarray.Shape.of(shape.dims());
        org.tensorflow.op.Ops scope = tf.withSubScope("var");
        var reference = scope.withName(name).variable(tfShape, TFloat32.class);
        // Identity aliases the variable's buffer; compile() copies what is used after the writes (see detached).
        var read = scope.withName(name + "_read").identity(reference);
        var value = scope.withName(name + "_value").placeholder(TFloat32.class, Placeholder.shape(tfShape));
        var write = scope.withName(name + "_write").assign(reference, value);
        variableFeeds.add(value.op().name());
        TfVariable variable = new TfVariable(name, trainable, reference, read, initializer, value, write, this);
        variables.put(name, variable);
        uninitialized.add(variable);
        return variable;
    }

    /**
     * @param stream the stream's name
     * @return the int64[2] seed of the next random op of that stream: its key, and the fed tick
     */
    Operand<TInt64> randomSeed(String stream) {
        int use = streamUses.merge(stream, 1, Integer::sum) - 1;
        long key = Seeds.derive(seed, stream, use);
        return tf.concat(List.of(tf.constant(new long[] {key}), tf.reshape(tick, tf.constant(new int[] {1}))),
                tf.constant(0));
    }

    private void claim(String name, String what) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new GanException(what + " name '" + name + "' is not allowed; use letters, digits, '_', '.' and '-', "
                    + "starting with a letter or digit");
        }
        if (!names.add(what + ":" + name)) {
            throw new GanException("a " + what + " named '" + name + "' already exists in this computation; "
                    + "names must be unique (create a layer's variables once and reuse them)");
        }
    }

    /** @return a name for the next gradient subgraph, unique in this graph (views of the ops share it) */
    String gradientScope() {
        return "gradients_" + gradientCalls++;
    }

    void rememberFusion(AdamFusion fusion) {
        fusions.add(fusion);
    }

    /** The fusions whose three results this step assigns to exactly their three variables. */
    private List<AdamFusion> applicableFusions(StepDefinition definition) {
        Map<String, Tensor> values = new HashMap<>();
        definition.assignments().forEach(a -> values.put(a.target() instanceof TfVariable v ? v.name() : "", a.value()));
        List<AdamFusion> applicable = new ArrayList<>();
        for (AdamFusion f : fusions) {
            boolean all = true;
            for (int i = 0; i < 3; i++) {
                all &= values.get(f.targets().get(i).name()) == f.results().get(i);
            }
            if (all) {
                applicable.add(f);
            }
        }
        return applicable;
    }

    @Override
    public CompiledStep compile(StepDefinition definition) {
        List<AdamFusion> fused = applicableFusions(definition);
        Set<Tensor> fusedValues = new HashSet<>();
        fused.forEach(f -> fusedValues.addAll(f.results()));
        List<Op> computed = new ArrayList<>();
        List<String> fetchOrder = new ArrayList<>(definition.fetches().keySet());
        List<String> scalarNames = new ArrayList<>();
        List<Operand<TFloat32>> scalars = new ArrayList<>();
        List<String> tensorNames = new ArrayList<>();
        List<Operand<?>> tensorOperands = new ArrayList<>();
        for (String name : fetchOrder) {
            Operand<?> operand = detached(TfTensor.unwrap(definition.fetches().get(name), this).operand());
            computed.add(operand);
            if (operand.type() == TFloat32.class && operand.shape().numDimensions() == 0) {
                scalarNames.add(name);
                @SuppressWarnings("unchecked")
                Operand<TFloat32> scalar = (Operand<TFloat32>) operand;
                scalars.add(scalar);
            } else {
                tensorNames.add(name);
                tensorOperands.add(operand);
            }
        }
        Operand<?> packedScalars = scalars.isEmpty() ? null : tf.stack(scalars);
        Set<String> assigned = new HashSet<>();
        Map<Assignment, Operand<?>> values = new HashMap<>();
        for (Assignment a : definition.assignments()) {
            TfVariable target = variable(a.target());
            Operand<?> value = detached(TfTensor.unwrap(a.value(), this).operand());
            values.put(a, value);
            checkAssignable(definition.name(), target, a.value());
            if (!assigned.add(target.name())) {
                throw new GanException("step '" + definition.name() + "' assigns variable '" + target.name()
                        + "' twice; merge the two updates into one value");
            }
            if (!fusedValues.contains(a.value())) {
                computed.add(value);
            }
        }
        List<Operand<?>[]> fusedInputs = new ArrayList<>();
        for (AdamFusion f : fused) {
            Operand<?>[] inputs = {detached(f.gradient().operand()), detached(f.beta1Power().operand()),
                detached(f.beta2Power().operand()), detached(f.learningRate().operand())};
            fusedInputs.add(inputs);
            computed.addAll(List.of(inputs));
        }
        // Every read and every computed value first, then all writes: no update sees another's result.
        Op barrier = tf.withControlDependencies(computed).withName(definition.name() + "_barrier").noOp();
        org.tensorflow.op.Ops afterBarrier = tf.withControlDependencies(barrier);
        List<Op> writes = new ArrayList<>();
        for (Assignment a : definition.assignments()) {
            if (!fusedValues.contains(a.value())) {
                @SuppressWarnings("unchecked")
                Operand<TFloat32> value = (Operand<TFloat32>) values.get(a);
                writes.add(afterBarrier.assign(variable(a.target()).reference(), value));
            }
        }
        for (int i = 0; i < fused.size(); i++) {
            writes.add(applyAdam(afterBarrier, fused.get(i), fusedInputs.get(i)));
        }
        writes.add(barrier);
        Op target = tf.withControlDependencies(writes).withName(definition.name()).noOp();
        return new TfStep(definition.name(), target, List.copyOf(fetchOrder), List.copyOf(scalarNames), packedScalars,
                List.copyOf(tensorNames), List.copyOf(tensorOperands), this,
                fused.stream().map(f -> "ApplyAdam " + f.theta().name()).toList());
    }

    /**
     * One in-place ApplyAdam, with the same formula as {@link org.gan4j.api.tensor.Ops#adamUpdate}.
     *
     * @param inputs the gradient, β1^t, β2^t and η, already {@link #detached}
     */
    @SuppressWarnings("unchecked")
    private static Op applyAdam(org.tensorflow.op.Ops tf, AdamFusion f, Operand<?>[] inputs) {
        return tf.train.applyAdam(f.theta().reference(), f.m().reference(), f.v().reference(),
                (Operand<TFloat32>) inputs[1], (Operand<TFloat32>) inputs[2],
                (Operand<TFloat32>) inputs[3], tf.constant((float) f.beta1()), tf.constant((float) f.beta2()),
                tf.constant((float) f.epsilon()), (Operand<TFloat32>) inputs[0]);
    }

    /** Ops whose output may share its input's buffer instead of copying it. */
    private static final Set<String> ALIASING_OPS = Set.of("Identity", "IdentityN", "Reshape", "StopGradient",
            "PreventGradient", "Squeeze", "ExpandDims", "Snapshot");

    /**
     * A value used after a step's writes (assigned, fed to a fused update, or fetched) must not share a
     * variable's buffer: Assign and ApplyAdam write that buffer in place. Such a value is copied; any other is
     * already a fresh buffer and is returned as it is.
     */
    private Operand<?> detached(Operand<?> value) {
        Output<?> key = value.asOutput();
        Operand<?> copy = copies.get(key);
        if (copy != null) {
            return copy;
        }
        GraphOperation op = (GraphOperation) value.op();
        while (ALIASING_OPS.contains(op.type()) && op.numInputs() > 0) {
            op = (GraphOperation) op.input(0).op();
        }
        if (!op.type().equals("VariableV2")) {
            return value;
        }
        copy = tf.deepCopy(value);
        copies.put(key, copy);
        return copy;
    }

    private static void checkAssignable(String step, TfVariable target, Tensor value) {
        if (value.dtype() != DType.FLOAT32) {
            throw new GanException("step '" + step + "' assigns a " + value.dtype() + " value to FLOAT32 variable '"
                    + target.name() + "'; cast it first");
        }
        Shape want = target.shape();
        Shape got = value.shape();
        boolean compatible = got.rank() == want.rank();
        for (int i = 0; compatible && i < got.rank(); i++) {
            compatible = got.size(i) == Shape.UNKNOWN || got.size(i) == want.size(i);
        }
        if (!compatible) {
            throw new GanException("step '" + step + "' assigns a value of shape " + got + " to variable '"
                    + target.name() + "' of shape " + want);
        }
    }

    TfVariable variable(Variable v) {
        if (v instanceof TfVariable tv && variables.get(tv.name()) == tv) {
            return tv;
        }
        throw new GanException("variable " + v + " does not belong to this computation");
    }

    /** Runs; TensorFlow's refusal (an input not fed, a fed value of the wrong shape) becomes a GanException. */
    private static Result runStep(Session.Runner runner, TfStep step) {
        try {
            return runner.run();
        } catch (TensorFlowException | IllegalArgumentException e) {
            // TensorFlow reports most refusals as TFInvalidArgumentException, an IllegalArgumentException
            throw new GanException("step '" + step.name() + "' failed in TensorFlow: " + e.getMessage().strip()
                    + " (inputs are fed by the name they were created with; feed every input the step depends on, "
                    + "with a value of its shape)", e);
        }
    }

    @Override
    public Map<String, HostTensor> run(CompiledStep step, Map<Tensor, HostTensor> feeds, long tickValue) {
        if (!(step instanceof TfStep s) || s.owner() != this) {
            throw new GanException("step " + step + " was not compiled by this computation");
        }
        initializePending();
        List<org.tensorflow.Tensor> opened = new ArrayList<>(feeds.size() + 1);
        try {
            Session.Runner runner = session.runner();
            for (Map.Entry<Tensor, HostTensor> feed : feeds.entrySet()) {
                org.tensorflow.Tensor value = HostTensors.toNative(feed.getValue());
                opened.add(value);
                runner.feed(TfTensor.unwrap(feed.getKey(), this).operand(), value);
            }
            TInt64 tickTensor = TInt64.scalarOf(tickValue);
            opened.add(tickTensor);
            runner.feed(tick, tickTensor).addTarget(s.target());
            if (s.packedScalars() != null) {
                runner.fetch(s.packedScalars());
            }
            s.tensorOperands().forEach(runner::fetch);
            try (Result result = runStep(runner, s)) {
                Map<String, HostTensor> byName = new HashMap<>();
                int next = 0;
                if (s.packedScalars() != null) {
                    HostTensor packed = HostTensors.toHost(result.get(next++), s.name() + " scalars");
                    for (int i = 0; i < s.scalarNames().size(); i++) {
                        byName.put(s.scalarNames().get(i), HostTensor.scalar((float) packed.get(i)));
                    }
                }
                for (String name : s.tensorNames()) {
                    byName.put(name, HostTensors.toHost(result.get(next++), name));
                }
                Map<String, HostTensor> out = new LinkedHashMap<>();
                s.fetchOrder().forEach(name -> out.put(name, byName.get(name)));
                return out;
            }
        } finally {
            opened.forEach(org.tensorflow.Tensor::close);
        }
    }

    private void initializePending() {
        if (uninitialized.isEmpty()) {
            return;
        }
        List<org.tensorflow.Tensor> opened = new ArrayList<>();
        try {
            Session.Runner runner = session.runner();
            for (TfVariable v : uninitialized) {
                SplittableRandom random = new SplittableRandom(Seeds.derive(seed, "init:" + v.name()));
                HostTensor value = v.initializer().initialValue(v.shape(), random);
                if (!value.shape().equals(v.shape())) {
                    throw new GanException("the initializer of variable '" + v.name() + "' returned shape "
                            + value.shape() + " but the variable has shape " + v.shape());
                }
                org.tensorflow.Tensor t = HostTensors.toNative(toFloat32(value));
                opened.add(t);
                runner.feed(v.writeValue(), t).addTarget(v.write());
            }
            runner.run().close();
            uninitialized.clear();
        } finally {
            opened.forEach(org.tensorflow.Tensor::close);
        }
    }

    private static HostTensor toFloat32(HostTensor value) {
        return value.dtype() == DType.FLOAT32 ? value : HostTensor.of(value.shape(), value.toFloatArray());
    }

    @Override
    public List<Variable> variables() {
        return List.copyOf(variables.values());
    }

    @Override
    public HostTensor read(Variable variable) {
        TfVariable v = variable(variable);
        initializePending();
        try (Result result = session.runner().fetch(v.operand()).run()) {
            return HostTensors.toHost(result.get(0), v.name());
        }
    }

    @Override
    public void write(Variable variable, HostTensor value) {
        TfVariable v = variable(variable);
        if (!value.shape().equals(v.shape())) {
            throw new GanException("cannot write a value of shape " + value.shape() + " to variable '" + v.name()
                    + "' of shape " + v.shape());
        }
        initializePending();
        try (org.tensorflow.Tensor t = HostTensors.toNative(toFloat32(value))) {
            session.runner().feed(v.writeValue(), t).addTarget(v.write()).run().close();
        }
    }

    @Override
    public void export(java.nio.file.Path directory, String signature, Map<String, Tensor> inputs,
            Map<String, Tensor> outputs) {
        if (java.nio.file.Files.exists(directory)) {
            throw new GanException("cannot export to " + directory + ": it exists; remove it or choose another folder");
        }
        initializePending();
        org.tensorflow.Signature.Builder builder = org.tensorflow.Signature.builder().key(signature);
        inputs.forEach((name, t) -> builder.input(name, TfTensor.unwrap(t, this).operand()));
        outputs.forEach((name, t) -> builder.output(name, TfTensor.unwrap(t, this).operand()));
        try {
            org.tensorflow.SavedModelBundle.exporter(directory.toString())
                    .withFunction(session.function(builder.build())).export();
        } catch (java.io.IOException | TensorFlowException e) {
            throw new GanException("cannot export '" + signature + "' to " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long tensorBytes() {
        return TracedBytes.of(graph, variableFeeds);
    }

    Graph graph() {
        return graph;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            session.close();
            graph.close();
        }
    }
}
