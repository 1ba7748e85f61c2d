package org.gan4j.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public type whose signatures stay compatible within a major version: no member is removed or changed, and an
 * interface gains no abstract method (only default ones). The build checks it against the recorded signatures in
 * {@code gan-api/api/stable-api.txt}. On a package, it marks every type of the package that is not marked itself.
 *
 * @since 0.1
 */
@Stable
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface Stable {
}
