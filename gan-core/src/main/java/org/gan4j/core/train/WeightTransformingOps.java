package org.gan4j.core.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.api.role.TransformedWeight;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.role.WeightTransform;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Padding;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * The {@link Ops} the discriminator is built with when a regularizer transforms its weights: every op is the
 * backend's, except that a trainable weight matrix or convolution kernel created through these ops is replaced by
 * its transform wherever it enters a {@code matmul}, {@code conv2d} or {@code conv2dTranspose}. Each weight is transformed once, however often the discriminator is
 * applied (real, generated and interpolated batches), so it has one power iteration per training step.
 */
final class WeightTransformingOps implements Ops {
    private final Ops delegate;
    private final List<WeightTransform> transforms;
    private final Map<Variable, Tensor> transformed = new HashMap<>();
    private final List<Variable> transformable = new ArrayList<>();
    private final List<Assignment> updates = new ArrayList<>();
    private final Map<String, Tensor> metrics = new LinkedHashMap<>();

    WeightTransformingOps(Ops delegate, List<WeightTransform> transforms) {
        this.delegate = delegate;
        this.transforms = List.copyOf(transforms);
    }

    /** @return the transforms' state updates and metrics for one discriminator training step */
    UpdatePlan trainingUpdate() {
        return new UpdatePlan(updates, metrics);
    }

    @Override
    public Variable variable(String name, Shape shape, Initializer initializer, boolean trainable) {
        Variable v = delegate.variable(name, shape, initializer, trainable);
        if (trainable && (shape.rank() == 2 || shape.rank() == 4)) {
            transformable.add(v);
        }
        return v;
    }

    @Override
    public Tensor matmul(Tensor a, Tensor b) {
        return delegate.matmul(a, b instanceof Variable v && transformable.contains(v) ? transformedWeight(v) : b);
    }

    @Override
    public Tensor conv2d(Tensor input, Tensor kernel, int stride, Padding padding) {
        return delegate.conv2d(input, transformedIfOurs(kernel), stride, padding);
    }

    @Override
    public Tensor conv2dTranspose(Tensor input, Tensor kernel, int stride, Padding padding) {
        return delegate.conv2dTranspose(input, transformedIfOurs(kernel), stride, padding);
    }

    @Override
    public List<Tensor> batchNormalization(Tensor x, Tensor scale, Tensor offset, double epsilon) {
        return delegate.batchNormalization(x, scale, offset, epsilon);
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

    @Override
    public Tensor constant(double value) {
        return delegate.constant(value);
    }

    @Override
    public Tensor constant(HostTensor value) {
        return delegate.constant(value);
    }

    @Override
    public Tensor cast(Tensor x, DType type) {
        return delegate.cast(x, type);
    }

    @Override
    public Tensor add(Tensor a, Tensor b) {
        return delegate.add(a, b);
    }

    @Override
    public Tensor sub(Tensor a, Tensor b) {
        return delegate.sub(a, b);
    }

    @Override
    public Tensor mul(Tensor a, Tensor b) {
        return delegate.mul(a, b);
    }

    @Override
    public Tensor div(Tensor a, Tensor b) {
        return delegate.div(a, b);
    }

    @Override
    public Tensor divNoNan(Tensor a, Tensor b) {
        return delegate.divNoNan(a, b);
    }

    @Override
    public Tensor greater(Tensor a, Tensor b) {
        return delegate.greater(a, b);
    }

    @Override
    public Tensor where(Tensor mask, Tensor a, Tensor b) {
        return delegate.where(mask, a, b);
    }

    @Override
    public Tensor neg(Tensor x) {
        return delegate.neg(x);
    }

    @Override
    public Tensor square(Tensor x) {
        return delegate.square(x);
    }

    @Override
    public Tensor sqrt(Tensor x) {
        return delegate.sqrt(x);
    }

    @Override
    public Tensor exp(Tensor x) {
        return delegate.exp(x);
    }

    @Override
    public Tensor log(Tensor x) {
        return delegate.log(x);
    }

    @Override
    public Tensor abs(Tensor x) {
        return delegate.abs(x);
    }

    @Override
    public Tensor floor(Tensor x) {
        return delegate.floor(x);
    }

    @Override
    public Tensor maximum(Tensor a, Tensor b) {
        return delegate.maximum(a, b);
    }

    @Override
    public Tensor minimum(Tensor a, Tensor b) {
        return delegate.minimum(a, b);
    }

    @Override
    public Tensor clip(Tensor x, double min, double max) {
        return delegate.clip(x, min, max);
    }

    @Override
    public Tensor relu(Tensor x) {
        return delegate.relu(x);
    }

    @Override
    public Tensor leakyRelu(Tensor x, double alpha) {
        return delegate.leakyRelu(x, alpha);
    }

    @Override
    public Tensor tanh(Tensor x) {
        return delegate.tanh(x);
    }

    @Override
    public Tensor sigmoid(Tensor x) {
        return delegate.sigmoid(x);
    }

    @Override
    public Tensor softplus(Tensor x) {
        return delegate.softplus(x);
    }

    @Override
    public Tensor biasAdd(Tensor x, Tensor bias) {
        return delegate.biasAdd(x, bias);
    }

    @Override
    public Tensor sum(Tensor x, int... axes) {
        return delegate.sum(x, axes);
    }

    @Override
    public Tensor mean(Tensor x, int... axes) {
        return delegate.mean(x, axes);
    }

    @Override
    public Tensor max(Tensor x, int... axes) {
        return delegate.max(x, axes);
    }

    @Override
    public Tensor reshape(Tensor x, Shape shape) {
        return delegate.reshape(x, shape);
    }

    @Override
    public Tensor concat(List<Tensor> parts, int axis) {
        return delegate.concat(parts, axis);
    }

    @Override
    public Tensor stack(List<Tensor> parts) {
        return delegate.stack(parts);
    }

    @Override
    public List<Tensor> unstack(Tensor x, int axis) {
        return delegate.unstack(x, axis);
    }

    @Override
    public Tensor sumOfSquares(List<? extends Tensor> tensors) {
        return delegate.sumOfSquares(tensors);
    }

    @Override
    public List<Tensor> adamUpdate(Variable theta, Variable m, Variable v, Tensor gradient, Tensor learningRate, Tensor beta1Power, Tensor beta2Power, double beta1, double beta2, double epsilon) {
        return delegate.adamUpdate(theta, m, v, gradient, learningRate, beta1Power, beta2Power, beta1, beta2, epsilon);
    }

    @Override
    public Tensor randomNormal(Shape shape, String stream) {
        return delegate.randomNormal(shape, stream);
    }

    @Override
    public Tensor randomUniform(Shape shape, String stream) {
        return delegate.randomUniform(shape, stream);
    }

    @Override
    public Tensor stopGradient(Tensor x) {
        return delegate.stopGradient(x);
    }

    @Override
    public List<Tensor> gradients(Tensor y, List<? extends Tensor> wrt) {
        return delegate.gradients(y, wrt);
    }
}
