/** A third-party gan4j plugin: one loss, provided to gan4j's registry on the module path. */
module com.example.ganplugin {
    requires org.gan4j.api;

    provides org.gan4j.api.spi.LossProvider with com.example.ganplugin.RelativisticHingeLossProvider;
}
