package org.gan4j.examples.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StageProgressTest {
    private long now = 5_000_000_000L;

    @Test
    @DisplayName("each stage prints a line as it starts, with the seconds since the first, and the end says done")
    void stages() {
        StringWriter out = new StringWriter();
        StageProgress progress = new StageProgress(new PrintWriter(out), () -> now);
        progress.stage("sampling 10000 images");
        now += 18_500_000_000L;
        progress.stage("features");
        now += 100_000_000L;
        progress.done();
        assertThat(out.toString().lines()).containsExactly("[   0.0 s] sampling 10000 images", "[  18.5 s] features",
                "[  18.6 s] done");
    }
}
