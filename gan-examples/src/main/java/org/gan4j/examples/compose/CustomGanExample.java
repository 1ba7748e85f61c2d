package org.gan4j.examples.compose;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.util.List;
import org.gan4j.core.data.GaussianMixture2D;
import org.gan4j.core.eval.MixtureEvaluation;
import org.gan4j.core.eval.MixtureScore;
import org.gan4j.core.inject.GanModule;
import org.gan4j.core.run.RunDescription;
import org.gan4j.core.run.RunOptions;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.TrainingConfig;

/**
 * Trains the GAN that {@link CustomGanModule} composes on the 8-mode ring and prints its mode coverage.
 *
 * <pre>{@code java -cp 'gan-examples/target/gan-examples-0.1.0-SNAPSHOT.jar:gan-examples/target/lib/*' \
 *     org.gan4j.examples.compose.CustomGanExample [steps]}</pre>
 */
public final class CustomGanExample {
    private CustomGanExample() {
    }

    /** @param args optionally the number of generator steps (default 3,000) */
    public static void main(String[] args) {
        long steps = 3000;
        if (args.length > 0) {
            try {
                steps = Long.parseLong(args[0]);
            } catch (NumberFormatException e) {
                System.err.println("CustomGanExample: steps = '" + args[0] + "' is not a whole number; give one such as 3000");
                System.exit(2);
            }
        }
        TrainingConfig config = RunDescription.builder().set(RunOptions.STEPS, steps).build().trainingConfig();
        Injector injector = Guice.createInjector(new GanModule(), new CustomGanModule(config));
        try (GanTrainer trainer = injector.getInstance(GanTrainer.class)) {
            trainer.train(List.of());
            MixtureScore score = MixtureEvaluation.evaluate(trainer.sample().toFloatArray(), GaussianMixture2D.ring8());
            System.out.println("custom GAN (RingGenerator, RingCritic, hinge loss, signSGD for G) after " + steps
                    + " steps: " + score);
        }
    }
}
