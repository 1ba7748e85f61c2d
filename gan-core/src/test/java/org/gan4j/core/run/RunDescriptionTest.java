package org.gan4j.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gan4j.core.data.DataKind;
import org.gan4j.core.registry.ProviderSpec;
import org.gan4j.core.train.NoisePrior;
import org.gan4j.core.train.TrainingConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The run description: its defaults against the documented ones (docs/ring8-defaults.md, docs/images.md), the
 * papers' recipes, the rules, and the text form a checkpoint stores.
 */
class RunDescriptionTest {
    private static RunDescription images() {
        return RunDescription.builder().set(RunOptions.DATASET, "fashion-mnist").build();
    }

    private static ProviderSpec spec(String text) {
        return ProviderSpec.parse(text);
    }

    @Nested
    @DisplayName("defaults")
    class Defaults {
        @Test
        @DisplayName("the 8-mode ring's defaults are docs/ring8-defaults.md's table")
        void ring8() {
            RunDescription run = RunDescription.defaults();
            assertThat(run.kind()).isEqualTo(DataKind.MIXTURE);
            assertThat(run.get(RunOptions.DATASET)).isEqualTo("ring8");
            assertThat(run.get(RunOptions.LOSS)).isEqualTo(spec("non-saturating"));
            assertThat(run.get(RunOptions.D_OPTIMIZER)).isEqualTo(spec("adam:lr=5e-4,beta1=0.5"));
            assertThat(run.get(RunOptions.G_OPTIMIZER)).isEqualTo(spec("adam:lr=5e-4,beta1=0.5"));
            assertThat(run.get(RunOptions.GENERATOR)).isEqualTo(spec("mlp:latent=16,width=128,depth=2"));
            assertThat(run.get(RunOptions.DISCRIMINATOR)).isEqualTo(spec("mlp:width=128,depth=2,pack=2"));
            assertThat(run.get(RunOptions.BATCH_SIZE)).isEqualTo(256);
            assertThat(run.get(RunOptions.STEPS)).isEqualTo(10_000L);
            assertThat(run.get(RunOptions.CRITIC_STEPS)).isEqualTo(1);
            assertThat(run.get(RunOptions.EVALUATION_SAMPLES)).isEqualTo(2500);
            assertThat(run.get(RunOptions.UPDATES)).isEqualTo(UpdateScheme.ALTERNATING);
            assertThat(run.get(RunOptions.NOISE)).isEqualTo(NoisePrior.NORMAL);
            assertThat(run.get(RunOptions.RECIPE)).isEmpty();
            assertThat(run.fromRecipe()).isEmpty();
        }

        @Test
        @DisplayName("with --data alone, the data set is what the folder holds: IDX files or pictures")
        void inferredFromTheFolder(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
            Path idx = java.nio.file.Files.createDirectories(dir.resolve("mnist"));
            java.nio.file.Files.write(idx.resolve("train-images-idx3-ubyte.gz"), new byte[0]);
            Path pictures = java.nio.file.Files.createDirectories(dir.resolve("emoji"));
            RunDescription idxRun = RunDescription.builder().set(RunOptions.DATA, idx).build();
            RunDescription folderRun = RunDescription.builder().set(RunOptions.DATA, pictures).build();
            assertThat(idxRun.get(RunOptions.DATASET)).isEqualTo("idx");
            assertThat(folderRun.get(RunOptions.DATASET)).isEqualTo("folder");
            assertThat(List.of(idxRun.kind(), folderRun.kind())).containsOnly(DataKind.IMAGES);
            assertThat(List.of(idxRun.dataset().name(), folderRun.dataset().name())).containsExactly("mnist", "emoji");
            assertThat(RunDescriptionTest.images().dataset().name()).isEqualTo("fashion-mnist");
            assertThat(List.of(folderRun.get(RunOptions.IMAGE_SIZE), folderRun.get(RunOptions.CHANNELS)))
                    .containsExactly(64, 3);
        }

        @Test
        @DisplayName("images default to the DCGAN tutorial's networks, Adam(2e-4, 0.5), batch 64, 1,000 simultaneous steps")
        void images() {
            RunDescription run = RunDescriptionTest.images();
            assertThat(run.kind()).isEqualTo(DataKind.IMAGES);
            assertThat(run.get(RunOptions.GENERATOR)).isEqualTo(spec("dcgan"));
            assertThat(run.get(RunOptions.DISCRIMINATOR)).isEqualTo(spec("dcgan"));
            assertThat(run.get(RunOptions.D_OPTIMIZER)).isEqualTo(spec("adam:lr=2e-4,beta1=0.5"));
            assertThat(run.get(RunOptions.BATCH_SIZE)).isEqualTo(64);
            assertThat(run.get(RunOptions.STEPS)).isEqualTo(1000L);
            assertThat(run.get(RunOptions.EVALUATION_SAMPLES)).isEqualTo(64);
            assertThat(run.get(RunOptions.UPDATES)).isEqualTo(UpdateScheme.SIMULTANEOUS);
        }

        @Test
        @DisplayName("several critic steps on images alternate, since simultaneous updates take one D step per G step")
        void criticStepsAlternate() {
            RunDescription run = RunDescription.builder().set(RunOptions.DATASET, "fashion-mnist")
                    .set(RunOptions.CRITIC_STEPS, 3).build();
            assertThat(run.get(RunOptions.UPDATES)).isEqualTo(UpdateScheme.ALTERNATING);
        }

        @Test
        @DisplayName("--optimizer sets both players; --d-optimizer and --g-optimizer override it per player")
        void optimizers() {
            RunDescription run = RunDescription.builder().set(RunOptions.OPTIMIZER, spec("sgd:lr=0.1"))
                    .set(RunOptions.G_OPTIMIZER, spec("cg-fr")).build();
            assertThat(run.get(RunOptions.D_OPTIMIZER)).isEqualTo(spec("sgd:lr=0.1"));
            assertThat(run.get(RunOptions.G_OPTIMIZER)).isEqualTo(spec("cg-fr"));
        }

        @Test
        @DisplayName("the trainer's schedule is the description's, with the 1e6 divergence guard")
        void trainingConfig() {
            RunDescription run = RunDescription.builder().set(RunOptions.SEED, 7L).set(RunOptions.GENERATOR_AVERAGE, 0.99)
                    .build();
            assertThat(run.trainingConfig()).isEqualTo(new TrainingConfig(256, 10_000, 1, 7, 2500, 0, 1e6, 0.99));
            assertThat(new TrainingConfig(8, 1, 1, 1, 1, 0).divergenceLimit()).as("the short constructor agrees").isEqualTo(1e6);
        }
    }

    @Nested
    @DisplayName("recipes")
    class Recipes {
        @Test
        @DisplayName("wgan + gp trains as Gulrajani et al.'s Algorithm 1: Adam 1e-4, beta = (0.5, 0.9), five critic steps")
        void wganGp() {
            RunDescription run = RunDescription.builder().set(RunOptions.LOSS, spec("wgan"))
                    .set(RunOptions.REGULARIZERS, List.of(spec("gp:lambda=10"))).build();
            assertThat(run.get(RunOptions.RECIPE)).isEqualTo("wgan-gp");
            assertThat(run.get(RunOptions.D_OPTIMIZER)).isEqualTo(spec("adam:lr=1e-4,beta1=0.5,beta2=0.9"));
            assertThat(run.get(RunOptions.G_OPTIMIZER)).isEqualTo(spec("adam:lr=1e-4,beta1=0.5,beta2=0.9"));
            assertThat(run.get(RunOptions.CRITIC_STEPS)).isEqualTo(5);
            assertThat(run.fromRecipe()).containsExactly(RunOptions.OPTIMIZER, RunOptions.CRITIC_STEPS);
        }

        @Test
        @DisplayName("wgan + clip trains as Arjovsky et al.'s Algorithm 1: RMSProp 5e-5, five critic steps")
        void wganClip() {
            RunDescription run = RunDescription.builder().set(RunOptions.LOSS, spec("wgan"))
                    .set(RunOptions.REGULARIZERS, List.of(spec("clip:c=0.01"))).build();
            assertThat(run.get(RunOptions.D_OPTIMIZER)).isEqualTo(spec("rmsprop:lr=5e-5"));
            assertThat(run.get(RunOptions.CRITIC_STEPS)).isEqualTo(5);
        }

        @Test
        @DisplayName("what the user sets wins over the recipe, and only the rest comes from it")
        void userWins() {
            RunDescription run = RunDescription.builder().set(RunOptions.LOSS, spec("wgan"))
                    .set(RunOptions.REGULARIZERS, List.of(spec("gp"))).set(RunOptions.OPTIMIZER, spec("sgd:lr=0.01")).build();
            assertThat(run.get(RunOptions.D_OPTIMIZER)).isEqualTo(spec("sgd:lr=0.01"));
            assertThat(run.get(RunOptions.CRITIC_STEPS)).isEqualTo(5);
            assertThat(run.fromRecipe()).containsExactly(RunOptions.CRITIC_STEPS);
        }

        @Test
        @DisplayName("the recipe is part of the description: set empty, none applies")
        void noRecipe() {
            RunDescription run = RunDescription.builder().set(RunOptions.LOSS, spec("wgan"))
                    .set(RunOptions.REGULARIZERS, List.of(spec("gp"))).set(RunOptions.RECIPE, "").build();
            assertThat(run.get(RunOptions.D_OPTIMIZER)).isEqualTo(spec("adam:lr=5e-4,beta1=0.5"));
            assertThat(run.get(RunOptions.CRITIC_STEPS)).isEqualTo(1);
        }

        @Test
        @DisplayName("losses that train as DCGAN does (non-saturating, least squares, hinge without spectral norm) have none")
        void dcganLike() {
            for (String loss : List.of("non-saturating", "minimax", "least-squares", "hinge", "relativistic-average", "wgan")) {
                assertThat(RunDescription.builder().set(RunOptions.LOSS, spec(loss)).build().get(RunOptions.RECIPE))
                        .as(loss).isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("rules")
    class Rules {
        @Test
        @DisplayName("a value out of range names the option, the value and what is allowed")
        void outOfRange() {
            assertThatThrownBy(() -> RunDescription.builder().set(RunOptions.STEPS, 0L))
                    .isInstanceOf(InvalidRunOptionException.class)
                    .hasMessage("'steps' = 0 is invalid; it must be an integer >= 1");
            assertThatThrownBy(() -> RunDescription.builder().parse(RunOptions.GENERATOR_AVERAGE, "1"))
                    .hasMessageContaining("'g_ema' = 1.0 is invalid; it must be 0 (no average) or a decay in (0, 1)");
            assertThatThrownBy(() -> RunDescription.builder().parse(RunOptions.BATCH_SIZE, "many"))
                    .hasMessage("'batch_size' = many is invalid; it must be an integer between 1 and 65536");
            assertThatThrownBy(() -> RunDescription.builder().parse(RunOptions.BATCH_SIZE, "100000000"))
                    .hasMessage("'batch_size' = 100000000 is invalid; it must be an integer between 1 and 65536");
        }

        @Test
        @DisplayName("a front end names the options its own way")
        void namedByFrontEnd() {
            InvalidRunOptionException e = new InvalidRunOptionException(RunOptions.EVAL_EVERY, 5, "use ${dataset} x");
            assertThat(e.messageNaming(key -> "--" + key.replace('_', '-'))).isEqualTo("--eval-every = 5 is invalid; use --dataset x");
        }

        @Test
        @DisplayName("a data folder and image scores need image data; a folder's options need a folder")
        void imageOnlyOptions() {
            assertThatThrownBy(() -> RunDescription.builder().set(RunOptions.DATASET, "ring8").set(RunOptions.DATA,
                    Path.of("/tmp")).build()).isInstanceOf(InvalidRunOptionException.class)
                    .hasMessageContaining("only image data sets read files");
            assertThatThrownBy(() -> RunDescription.builder().set(RunOptions.DATASET, "folder").build())
                    .hasMessage("'dataset' = folder is invalid; it reads the files of 'data' DIR; name the folder with 'data'");
            assertThatThrownBy(() -> RunDescription.builder().set(RunOptions.DATASET, "fashion-mnist")
                    .set(RunOptions.IMAGE_SIZE, 32).build()).hasMessage("'image_size' = 32 is invalid; it shapes the "
                    + "pictures of a folder, but fashion-mnist is an IDX set, used at its own size and in grey; leave "
                    + "'image_size' out");
            assertThatThrownBy(() -> RunDescription.builder().set(RunOptions.EVAL_EVERY, 100L).build())
                    .isInstanceOf(InvalidRunOptionException.class).hasMessageContaining("image metrics need image data");
        }
    }

    @Nested
    @DisplayName("text form")
    class TextForm {
        @Test
        @DisplayName("toMap and fromMap give back the same description, with every option set")
        void roundTrip() {
            RunDescription run = RunDescription.builder().set(RunOptions.LOSS, spec("wgan"))
                    .set(RunOptions.REGULARIZERS, List.of(spec("gp:lambda=10"), spec("clip"))).set(RunOptions.SEED, 9L)
                    .set(RunOptions.NOISE, NoisePrior.UNIFORM).set(RunOptions.DIVERGENCE_LIMIT, Double.POSITIVE_INFINITY).build();
            RunDescription back = RunDescription.fromMap(run.toMap(), "", IllegalStateException::new);
            assertThat(back).isEqualTo(run);
            assertThat(back.toString()).isEqualTo(run.toString());
            assertThat(back.given(RunOptions.CRITIC_STEPS)).as("read back, nothing is re-derived").isTrue();
            assertThat(run.toMap()).containsEntry("regularizers", "gp:lambda=10;clip").containsEntry("noise", "uniform")
                    .containsEntry("recipe", "wgan-gp").doesNotContainKey("optimizer");
        }

        @Test
        @DisplayName("a run saved before an option existed reads as it ran: updates alternating, no average, normal noise, no augmentation")
        void legacyKeys() {
            Map<String, String> saved = new TreeMap<>(images().toMap());
            for (String key : List.of("updates", "g_ema", "noise", "recipe", "eval_every", "eval_samples", "evaluation_samples",
                    "augment")) {
                saved.remove(key);
            }
            RunDescription run = RunDescription.fromMap(saved, "run.", IllegalStateException::new);
            assertThat(run.get(RunOptions.UPDATES)).isEqualTo(UpdateScheme.ALTERNATING);
            assertThat(run.get(RunOptions.GENERATOR_AVERAGE)).isZero();
            assertThat(run.get(RunOptions.NOISE)).isEqualTo(NoisePrior.NORMAL);
            assertThat(run.get(RunOptions.EVALUATION_SAMPLES)).isEqualTo(64);
            assertThat(run.get(RunOptions.AUGMENT)).as("no augmentation").isNull();
        }

        @Test
        @DisplayName("a missing required key or an unreadable value is reported with the key")
        void corrupt() {
            Map<String, String> saved = new TreeMap<>(RunDescription.defaults().toMap());
            saved.remove("loss");
            assertThatThrownBy(() -> RunDescription.fromMap(saved, "run.", IllegalStateException::new))
                    .hasMessage("the key 'run.loss' is missing, so the run cannot be rebuilt");
            saved.put("loss", "hinge");
            saved.put("batch_size", "lots");
            assertThatThrownBy(() -> RunDescription.fromMap(saved, "run.", IllegalStateException::new))
                    .hasMessageStartingWith("run.batch_size is 'lots', not a valid value");
        }
    }
}
