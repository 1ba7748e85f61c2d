/**
 * The TensorFlow Java backend: an implementation module that exports nothing and provides the
 * {@link org.gan4j.api.spi.BackendProvider} {@code tensorflow}.
 */
module org.gan4j.tf {
    requires org.gan4j.api;
    requires tensorflow;

    provides org.gan4j.api.spi.BackendProvider with org.gan4j.tf.TfBackendProvider;
}
