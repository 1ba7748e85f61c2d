package org.gan4j.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public type that may still change incompatibly in a minor version: for example
 * {@link org.gan4j.api.role.JointOptimizer}, which may change as more game optimizers arrive. No public or protected
 * signature of a {@link Stable} type names an experimental type (the build checks it), so such a change breaks only
 * code that uses the experimental type itself. On a package, it marks every type of the package that is not marked
 * itself.
 *
 * @since 0.1
 */
@Stable
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface Experimental {
}
