package org.gan4j.core.train;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Variable;

/**
 * Ops for tracing an update rule a second time, for another variant of the same player's update (a discriminator
 * update without a lazy penalty, see {@link PenaltySchedule}), so that both variants move the same state: asked for a
 * variable by a name the computation has already, they give that variable instead of creating one. An update rule
 * names its state after the player ({@link org.gan4j.api.role.Optimizer#update}), so its second trace asks for the
 * names of its first. A name that does not exist yet, or one with another shape, is refused: that state would belong
 * to one variant only. Every other call goes to the backend's ops; the variable method is compared as a
 * {@link Method}, so a rename fails when this class loads instead of silently creating duplicates.
 */
final class RetracedUpdates {
    private static final Method VARIABLE = variableMethod();

    private RetracedUpdates() {
    }

    private static Method variableMethod() {
        try {
            return Ops.class.getMethod("variable", String.class, Shape.class, Initializer.class, boolean.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * @param ops the backend's ops
     * @param existing the variables the first trace left, by which the second resolves names
     * @param what the rule being traced again and why, for messages ({@code "D's optimizer, for the update without
     *     the lazy penalties"})
     * @return the ops to trace the rule with again
     */
    static Ops over(Ops ops, List<Variable> existing, String what) {
        return (Ops) Proxy.newProxyInstance(Ops.class.getClassLoader(), new Class<?>[] {Ops.class}, (proxy, m, args) -> {
            if (m.equals(VARIABLE)) {
                return existing((String) args[0], (Shape) args[1], existing, what);
            }
            try {
                return m.invoke(ops, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private static Variable existing(String name, Shape shape, List<Variable> existing, String what) {
        Variable found = existing.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow(() ->
                new GanException(what + " was traced a second time and asked for a variable '" + name + "' that its "
                        + "first trace did not create, so the two would not share it; an update rule must create the "
                        + "same state, named after the player, each time it is traced"));
        if (!found.shape().equals(shape)) {
            throw new GanException(what + " was traced a second time and asked for the variable '" + name + "' with "
                    + "shape " + shape + ", but its first trace created it with shape " + found.shape()
                    + "; an update rule must create the same state each time it is traced");
        }
        return found;
    }
}
