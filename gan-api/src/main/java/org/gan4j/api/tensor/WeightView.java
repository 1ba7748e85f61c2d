package org.gan4j.api.tensor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.function.Function;

/**
 * The default {@link Ops#withWeights}: a view that forwards every call to the backend's ops and answers
 * {@link Ops#weight} (and a nested {@link Ops#withWeights}) itself. The two methods are compared as {@link Method}s,
 * resolved when this class loads, so a rename fails loudly instead of turning the view off.
 */
final class WeightView {
    private static final Method WEIGHT = method("weight", Variable.class);
    private static final Method WITH_WEIGHTS = method("withWeights", Function.class);

    private WeightView() {
    }

    private static Method method(String name, Class<?>... parameters) {
        try {
            return Ops.class.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static Ops over(Ops delegate, Function<Variable, Tensor> weights) {
        Objects.requireNonNull(weights, "weights");
        return (Ops) Proxy.newProxyInstance(Ops.class.getClassLoader(), new Class<?>[] {Ops.class}, (proxy, m, args) -> {
            if (m.equals(WEIGHT)) {
                return weights.apply((Variable) args[0]);
            }
            if (m.equals(WITH_WEIGHTS)) {
                @SuppressWarnings("unchecked")
                Function<Variable, Tensor> other = (Function<Variable, Tensor>) args[0];
                return over(delegate, other);
            }
            try {
                return m.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
