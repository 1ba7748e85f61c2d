package org.gan4j.core.registry;

/**
 * A provider that could not be loaded, and why; the registry skips it and loads the others.
 *
 * @param kind the kind it was listed under
 * @param message what failed: the class, and the cause
 */
public record ProviderProblem(ProviderKind<?> kind, String message) {
}
