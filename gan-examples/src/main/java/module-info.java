/** The {@code gan} command line and the custom-GAN example; exports the example for readers to build on. */
module org.gan4j.examples {
    requires org.gan4j.core;
    requires com.google.guice;
    requires info.picocli;
    requires me.tongfei.progressbar;
    requires org.jfree.jfreechart;
    requires java.desktop;
    requires org.slf4j;

    exports org.gan4j.examples.compose;
    opens org.gan4j.examples.cli to info.picocli;
    opens org.gan4j.examples.compose to com.google.guice;
}
