package org.gan4j.core.train;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.api.role.TransformedWeight;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.role.WeightTransform;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Makes the {@link Ops} the discriminator is built with when a regularizer transforms its weights: every op is the
 * backend's, except that a trainable weight matrix or convolution kernel created through these ops is replaced by
 * its transform wherever it enters a {@code matmul}, {@code conv2d} or {@code conv2dTranspose}. Each weight is transformed once, however often the discriminator is
 * applied (real, generated and interpolated batches), so it has one power iteration per training step.
 */
final class WeightTransformingOps implements InvocationHandler {
    private final Ops delegate;
    private final List<WeightTransform> transforms;
    private final Map<Variable, Tensor> transformed = new HashMap<>();
    private final List<Variable> transformable = new ArrayList<>();
    private final List<Assignment> updates = new ArrayList<>();
    private final Map<String, Tensor> metrics = new LinkedHashMap<>();

    private WeightTransformingOps(Ops delegate, List<WeightTransform> transforms) {
        this.delegate = delegate;
        this.transforms = List.copyOf(transforms);
    }

    /**
     * @param delegate the backend's ops
     * @param transforms the transforms, applied in order
     * @return the state behind the ops; {@link #ops()} gives the ops to build the discriminator with
     */
    static WeightTransformingOps over(Ops delegate, List<WeightTransform> transforms) {
        return new WeightTransformingOps(delegate, transforms);
    }

    /** @return the ops: the backend's, with this class's changes to {@code variable}, {@code matmul} and the convolutions */
    Ops ops() {
        return OpsProxies.proxy(this);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "matmul", "conv2d", "conv2dTranspose" -> args[1] = transformedIfOurs((Tensor) args[1]);
            default -> { }
        }
        Object result = OpsProxies.call(delegate, method, args);
        if (method.getName().equals("variable") && (boolean) args[3] && result instanceof Variable v
                && (v.shape().rank() == 2 || v.shape().rank() == 4)) {
            transformable.add(v);
        }
        return result;
    }

    /** @return the transforms' state updates and metrics for one discriminator training step */
    UpdatePlan trainingUpdate() {
        return new UpdatePlan(updates, metrics);
    }

    private Tensor transformedIfOurs(Tensor weight) {
        return weight instanceof Variable v && transformable.contains(v) ? transformedWeight(v) : weight;
    }

    private Tensor transformedWeight(Variable weight) {
        Tensor cached = transformed.get(weight);
        if (cached != null) {
            return cached;
        }
        Tensor value = weight;
        for (WeightTransform transform : transforms) {
            TransformedWeight result = transform.apply(delegate, weight);
            value = result.value();
            updates.addAll(result.trainingUpdate().assignments());
            metrics.putAll(result.trainingUpdate().metrics());
        }
        transformed.put(weight, value);
        return value;
    }
}
