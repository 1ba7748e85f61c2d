package org.gan4j.tck;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.gan4j.api.tensor.Ops;

/**
 * A view of a backend's {@link Ops} that runs {@code Ops}' own default implementation of some methods (the composed
 * forms a backend may override with one node) and the backend's for every other, so a contract can check that both
 * give the same values.
 */
final class ComposedDefaults {
    private ComposedDefaults() {
    }

    /**
     * @param backend the backend's ops
     * @param methods names of default methods of {@link Ops} to run as {@code Ops} defines them
     * @return ops that compute those methods from the backend's other ops
     */
    static Ops of(Ops backend, String... methods) {
        Set<String> composed = Set.of(methods);
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault() && composed.contains(method.getName())) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            try {
                return method.invoke(backend, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Ops) Proxy.newProxyInstance(Ops.class.getClassLoader(), new Class<?>[] {Ops.class}, handler);
    }
}
