package org.gan4j.examples.runfolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The step a run's {@code summary.json} was written at: its {@code "steps"} field. */
final class SummarySteps {
    private static final Pattern STEPS = Pattern.compile("\"steps\"\\s*:\\s*(\\d+)");

    private SummarySteps() {
    }

    /**
     * @param summary a {@code summary.json}, which need not exist
     * @return its steps, or empty when it is missing or unreadable (a run whose outputs are unfinished)
     */
    static OptionalLong of(Path summary) {
        try {
            Matcher m = STEPS.matcher(Files.readString(summary, StandardCharsets.UTF_8));
            return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
