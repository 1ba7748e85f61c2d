/**
 * The registry, training loop, layers, data, evaluation and checkpoints. Guice is needed only by
 * {@code org.gan4j.core.inject}, hence {@code requires static}.
 */
module org.gan4j.core {
    requires transitive org.gan4j.api;
    requires org.slf4j;
    requires commons.math3;
    requires jdk.management; // the machine's physical memory, which sizes are checked against (run.Memory)
    requires java.desktop; // ImageIO and Java2D decode and convert the pictures of an image folder (data.folder)
    requires net.coobird.thumbnailator; // resizes them
    requires static transitive com.google.guice;

    exports org.gan4j.core.checkpoint;
    exports org.gan4j.core.data;
    exports org.gan4j.core.data.folder;
    exports org.gan4j.core.eval;
    exports org.gan4j.core.export;
    exports org.gan4j.core.inject;
    exports org.gan4j.core.layers;
    exports org.gan4j.core.models;
    exports org.gan4j.core.registry;
    exports org.gan4j.core.report;
    exports org.gan4j.core.run;
    exports org.gan4j.core.train;
    opens org.gan4j.core.inject to com.google.guice;

    uses org.gan4j.api.spi.BackendProvider;
    uses org.gan4j.api.spi.GeneratorProvider;
    uses org.gan4j.api.spi.DiscriminatorProvider;
    uses org.gan4j.api.spi.LossProvider;
    uses org.gan4j.api.spi.RegularizerProvider;
    uses org.gan4j.api.spi.OptimizerProvider;
    uses org.gan4j.api.spi.JointOptimizerProvider;
    uses org.gan4j.api.spi.AugmentationProvider;

    provides org.gan4j.api.spi.GeneratorProvider with org.gan4j.core.models.MlpGeneratorProvider,
            org.gan4j.core.models.DcganGeneratorProvider, org.gan4j.core.models.SnganGeneratorProvider;
    provides org.gan4j.api.spi.DiscriminatorProvider with org.gan4j.core.models.MlpDiscriminatorProvider,
            org.gan4j.core.models.DcganDiscriminatorProvider, org.gan4j.core.models.SnganDiscriminatorProvider;
    provides org.gan4j.api.spi.AugmentationProvider with org.gan4j.core.augment.DiffAugmentProvider;
}
