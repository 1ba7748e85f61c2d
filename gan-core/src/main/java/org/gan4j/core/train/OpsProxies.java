package org.gan4j.core.train;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.gan4j.api.tensor.Ops;

/**
 * {@link Ops} views of a backend's ops that change a few calls and pass every other one through, without a
 * hand-written forward per op (the trainer's weight transforms and generator average).
 */
final class OpsProxies {
    private OpsProxies() {
    }

    /**
     * @param handler decides each call; it usually ends in {@link #call}
     * @return ops whose every method goes to the handler
     */
    static Ops proxy(InvocationHandler handler) {
        return (Ops) Proxy.newProxyInstance(Ops.class.getClassLoader(), new Class<?>[] {Ops.class}, handler);
    }

    /**
     * @param target the ops to call
     * @param method a method of {@link Ops}
     * @param args its arguments, possibly changed
     * @return what {@code target} returns, its exceptions thrown as they are (not wrapped)
     * @throws Throwable what the method threw
     */
    static Object call(Ops target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
