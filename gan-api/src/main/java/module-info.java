/**
 * The gan4j API: tensors and ops, the roles and the provider interfaces plugins implement. Requires only
 * {@code java.base}.
 */
module org.gan4j.api {
    exports org.gan4j.api;
    exports org.gan4j.api.param;
    exports org.gan4j.api.role;
    exports org.gan4j.api.spi;
    exports org.gan4j.api.tensor;
}
