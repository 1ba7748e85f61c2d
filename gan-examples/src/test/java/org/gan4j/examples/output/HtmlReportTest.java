package org.gan4j.examples.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    @Test
    @DisplayName("counts are shown as integers (8 modes, not 8.00000), other figures with 6 significant digits, NaN as n/a")
    void figures(@TempDir Path dir) throws IOException {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("modes_covered", 8.0);
        figures.put("samples", 2500.0);
        figures.put("high_quality", 0.93456789);
        figures.put("reverse_kl", Double.NaN);
        String page = Files.readString(HtmlReport.write(dir, "ring8", "config", "samples.png", figures, ""));
        assertThat(page).contains("<td>modes_covered</td><td>8</td>", "<td>samples</td><td>2500</td>",
                "<td>high_quality</td><td>0.934568</td>", "<td>reverse_kl</td><td>n/a</td>").doesNotContain("8.00000");
    }
}
