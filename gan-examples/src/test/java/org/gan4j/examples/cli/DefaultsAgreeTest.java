package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gan4j.core.data.DataKind;
import org.gan4j.core.inject.GanModule;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.run.RunDescription;
import org.gan4j.core.run.RunOption;
import org.gan4j.core.run.RunOptions;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.PlayerUpdates;
import org.gan4j.core.train.TrainingConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The defaults a user meets are one set of values, whichever way they come: the numbers {@code gan train --help}
 * prints, the Java builder's resolved description for each kind of data, and what Guice's {@link GanModule} binds.
 */
class DefaultsAgreeTest {
    private static final Pattern DEFAULT = Pattern.compile("\\(default( for 2-D data)?: ([^;()]+?)(; for images: ([^;()]+?))?(, [^()]*)?\\)$");

    /** @return each flag's default text as printed by --help, by flag */
    private static Map<String, Matcher> helpDefaults() {
        StringWriter out = new StringWriter();
        assertThat(GanCommand.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "train", "--help"))
                .isZero();
        Map<String, String> texts = new LinkedHashMap<>();
        String flag = null;
        for (String line : out.toString().split("\n")) {
            Matcher m = Pattern.compile("^\\s+(--[a-z-]+)(=\\S+)?\\s*(.*)$").matcher(line);
            if (m.matches() && line.startsWith("      --")) {
                flag = m.group(1);
                texts.put(flag, m.group(3));
            } else if (flag != null) {
                texts.merge(flag, " " + line.trim(), String::concat);
            }
        }
        Map<String, Matcher> defaults = new LinkedHashMap<>();
        texts.forEach((f, text) -> {
            Matcher m = DEFAULT.matcher(text.replaceAll("\\s+", " ").trim());
            if (m.find()) {
                defaults.put(f, m);
            }
        });
        return defaults;
    }

    @Test
    @DisplayName("every default --help prints is the value the builder resolves, for 2-D data and for images")
    void helpAgreesWithTheBuilder() {
        RunDescription mixtures = RunDescription.defaults();
        RunDescription images = RunDescription.builder().set(RunOptions.DATASET, "fashion-mnist").build();
        assertThat(images.kind()).isEqualTo(DataKind.IMAGES);
        Map<String, Matcher> printed = helpDefaults();
        int compared = 0;
        for (RunOption<?> option : RunOptions.all()) {
            Matcher m = printed.get(option.flag());
            if (m == null || m.group(2).startsWith("the ") || option == RunOptions.DATASET) {
                continue; // no value printed (the backend's "the highest-priority backend found"), or the kind itself
            }
            String forMixtures = m.group(2).trim();
            String forImages = m.group(4) != null ? m.group(4).trim() : forMixtures;
            assertThat(printed(option, mixtures)).as(option.flag() + " for 2-D data").isEqualTo(forMixtures);
            assertThat(printed(option, images)).as(option.flag() + " for images").isEqualTo(forImages);
            compared++;
        }
        assertThat(compared).as("options whose default --help states").isGreaterThanOrEqualTo(15);
        assertThat(printed.get("--steps").group(0)).contains("10000").contains("1000");
        assertThat(printed.get("--divergence-limit").group(2)).isEqualTo("1e6");
    }

    private static String printed(RunOption<?> option, RunDescription run) {
        Object value = run.get(option);
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return d == 1e6 ? "1e6" : Long.toString(d.longValue());
        }
        return option.format(value);
    }

    @Test
    @DisplayName("Guice's defaults are the builder's: the description, the schedule (divergence guard 1e6 included) and the parts")
    void guiceAgreesWithTheBuilder() {
        Injector injector = Guice.createInjector(new GanModule(PluginRegistry.load()));
        RunDescription defaults = RunDescription.defaults();
        assertThat(injector.getInstance(RunDescription.class)).isEqualTo(defaults);
        assertThat(injector.getInstance(TrainingConfig.class)).isEqualTo(defaults.trainingConfig())
                .isEqualTo(new TrainingConfig(256, 10_000, 1, 1, 2500, 0, 1e6, 0));
        GanSetup setup = injector.getInstance(GanSetup.class);
        assertThat(setup.updates()).isInstanceOf(PlayerUpdates.Separate.class);
        assertThat(setup.regularizers()).isEmpty();
        assertThat(setup.noise()).isEqualTo(defaults.get(RunOptions.NOISE));
    }
}
