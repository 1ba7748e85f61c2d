package org.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SolverCapWarningTest {
    @Test
    @DisplayName("counts the steps whose solver hit its cap, and ignores steps without a solver")
    void countsCappedSteps() {
        SolverCapWarning warning = new SolverCapWarning();
        warning.onStep(new StepMetrics(0, Map.of("d_loss", 1.0), 1));
        warning.onStep(new StepMetrics(1, Map.of("cg_capped", 0.0, "cg_residual", 1e-7), 1));
        warning.onStep(new StepMetrics(2, Map.of("cg_capped", 1.0, "cg_residual", 3e-3), 1));
        warning.onStep(new StepMetrics(3, Map.of("cg_capped", 1.0, "cg_residual", 2e-3), 1));
        assertThat(warning.cappedSteps()).isEqualTo(2);
    }
}
