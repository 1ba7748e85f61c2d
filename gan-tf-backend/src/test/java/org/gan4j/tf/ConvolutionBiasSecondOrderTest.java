package org.gan4j.tf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mixed second derivative through a convolution with a bias (the terms of CGD and ACGD on the DCGAN
 * discriminator) has its closed-form value with and without oneDNN; see {@link ConvolutionBiasMixedProductMain}.
 */
class ConvolutionBiasSecondOrderTest {
    private static final String EXPECTED = "dm/dk=384.0 dL/db=12.0";

    @Test
    @DisplayName("d/dk of (Σ ∂L/∂x)(∂L/∂b) through conv + bias is 4S² + 8kSΣx = 384 in this JVM")
    void inThisJvm() {
        assertThat(ConvolutionBiasMixedProductMain.run()).isEqualTo(EXPECTED);
    }

    @ParameterizedTest(name = "TF_ENABLE_ONEDNN_OPTS={0}")
    @DisplayName("the same value when TensorFlow runs oneDNN kernels, whose layout pass used to merge the bias and filter gradients into a node that waits for itself")
    @ValueSource(strings = {"1", "0"})
    void withAndWithoutOneDnn(String oneDnn) throws IOException, InterruptedException {
        ProcessBuilder child = new ProcessBuilder(ChildJava.command(ConvolutionBiasMixedProductMain.class))
                .redirectErrorStream(true);
        child.environment().put("TF_ENABLE_ONEDNN_OPTS", oneDnn);
        child.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
        Process p = child.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains(EXPECTED);
    }
}
