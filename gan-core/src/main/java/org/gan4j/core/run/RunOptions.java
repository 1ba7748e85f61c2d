package org.gan4j.core.run;

import java.nio.file.Path;
import java.util.List;
import org.gan4j.core.data.Dataset;
import org.gan4j.core.data.folder.ImageMode;
import org.gan4j.core.eval.SavedModelContract;
import org.gan4j.core.registry.ProviderSpec;
import org.gan4j.core.train.NoisePrior;

/**
 * Every option of a run, each declared once: its key, flag and help, its rule, its default for each kind of data,
 * whether a resumed run may change it, and what a saved run without it means. {@link RunDescription} holds their
 * values; the command line's options, its {@code --help} texts, the checkpoint manifest's {@code run.*} keys and
 * Guice's defaults are all generated from this table. A new option is one more constant here.
 *
 * <p>The mixture defaults were chosen by measurement on the 8-mode ring (docs/ring8-defaults.md). The image defaults
 * are TensorFlow's DCGAN tutorial (networks, non-saturating loss, both players updated from the same point in one
 * step) at batch 64 for about one epoch of Fashion-MNIST, with Radford et al.'s Adam (lr 2e-4, β1 0.5) rather than
 * the tutorial's 1e-4 (docs/images.md). A loss and regularizer with a recipe of their own (WGAN-GP, weight
 * clipping, spectral normalization) change the optimizers and critic steps left unset: see {@link Recipes}.
 */
public final class RunOptions {
    private static final String ALTERNATING = "alternating";

    /** The divergence guard's default: no loss of a sane run comes near 1e6 in magnitude; WGAN critics without a
     *  Lipschitz constraint do. */
    public static final double DEFAULT_DIVERGENCE_LIMIT = 1e6;

    /** The data set's id. */
    public static final RunOption<String> DATASET = RunOption.of("dataset", OptionType.TEXT)
            .flag("--dataset", "ID").help(String.join(", ", Dataset.IDS.subList(0, Dataset.IDS.size() - 1)) + " or "
                    + Dataset.IDS.get(Dataset.IDS.size() - 1) + " (" + Dataset.IDX + " and " + Dataset.FOLDER
                    + " read ${data} DIR)")
            .valid(Dataset.IDS::contains, "use one of " + Dataset.IDS + "; with ${data} DIR it may be left out")
            .byDefault(new OptionDefault<>(r -> r.get(RunOptions.DATA) == null ? "ring8"
                    : Dataset.inferredId(r.get(RunOptions.DATA)), "default: ring8; with ${data} DIR, " + Dataset.IDX
                    + " if DIR holds IDX files, else " + Dataset.FOLDER)).build();

    /**
     * The folder of an image data set's files; none for Fashion-MNIST in Debian's folder (or generated data). A
     * resumed run may name a new one, for data that moved: the restored variables' shapes must still fit it.
     */
    public static final RunOption<Path> DATA = RunOption.of("data", OptionType.PATH)
            .flag("--data", "DIR").help("a folder of pictures (PNG, JPEG, BMP, GIF; flat, or one subfolder per class) or "
                    + "of IDX files (train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz] and the t10k- pair); "
                    + "default for fashion-mnist: Debian's /usr/share/datasets/fashion-mnist (apt-get install "
                    + "dataset-fashion-mnist); with a resumed run, where its data set is now")
            .byDefault(new OptionDefault<>(r -> null, "")).resumable().absentMeans(null).build();

    /** The side of a folder's images unless the user says otherwise: the DCGAN paper's (Radford et al.) 64 × 64. */
    public static final int DEFAULT_IMAGE_SIZE = 64;
    /** A folder's images are in colour unless the user says otherwise. */
    public static final int DEFAULT_CHANNELS = 3;

    /** The side of the square images a folder's pictures are resized and centre-cropped to. */
    public static final RunOption<Integer> IMAGE_SIZE = RunOption.of("image_size", OptionType.INT)
            .flag("--image-size", "N").help("for a folder of pictures: the side of the square images they are resized "
                    + "(shorter side) and centre-cropped to")
            .valid(v -> v >= ImageMode.MIN_SIZE && v <= ImageMode.MAX_SIZE, "it must be between " + ImageMode.MIN_SIZE
                    + " and " + ImageMode.MAX_SIZE + ", such as 32 or 64")
            .byDefault(DEFAULT_IMAGE_SIZE).absentMeansDefault().build();

    /** Grey or colour images from a folder's pictures. */
    public static final RunOption<Integer> CHANNELS = RunOption.of("channels", OptionType.INT)
            .flag("--channels", "C").help("for a folder of pictures: 3 for RGB (transparent pixels over "
                    + ImageMode.BACKGROUND_NAME + ") or 1 for grey")
            .valid(v -> v == 1 || v == 3, "use 3 (RGB) or 1 (grey)").byDefault(DEFAULT_CHANNELS).absentMeansDefault().build();

    /** The defaults of the options that only a folder of pictures takes. */
    static final java.util.Map<RunOption<Integer>, Integer> FOLDER_DEFAULTS = java.util.Map.of(IMAGE_SIZE,
            DEFAULT_IMAGE_SIZE, CHANNELS, DEFAULT_CHANNELS);

    /** The adversarial loss. */
    public static final RunOption<ProviderSpec> LOSS = RunOption.of("loss", OptionType.PROVIDER)
            .flag("--loss", "SPEC").help("loss id").byDefault(ProviderSpec.parse("non-saturating")).build();

    /** The discriminator's regularizers, applied in order. */
    public static final RunOption<List<ProviderSpec>> REGULARIZERS = RunOption.of("regularizers", OptionType.PROVIDERS)
            .flag("--regularizer", "SPEC").help("regularizer id[:key=value,...]; repeat for several")
            .byDefault(new OptionDefault<>(r -> List.of(), "")).build();

    /**
     * The paper's recipe the loss and regularizers train with ({@link Recipes}), which fills the options left unset;
     * by default the one that applies to them, the empty text for none.
     */
    public static final RunOption<String> RECIPE = RunOption.of("recipe", OptionType.TEXT)
            .help("the recipe of the loss and regularizers, which sets what the user leaves unset (see Recipes), "
                    + "or nothing for none")
            // Recipes reads this class's constants, so only lambdas may read Recipes here
            .valid(v -> v.isEmpty() || Recipes.names().contains(v), "it must be empty or the name of one of Recipes.all()")
            .byDefault(new OptionDefault<>(r -> Recipes.forChoices(r.get(LOSS), r.get(REGULARIZERS)).map(Recipe::name)
                    .orElse(""), "default: the one for the loss and regularizers, if any"))
            .absentMeans("").build();

    /**
     * The augmentation of the images the discriminator sees, real and generated (DiffAugment); none by default, and in
     * runs saved before the option existed.
     */
    public static final RunOption<ProviderSpec> AUGMENT = RunOption.of("augment", OptionType.OPTIONAL_PROVIDER)
            .flag("--augment", "SPEC").help("for images: transform the images D sees, real and generated alike, "
                    + "differentiably (Zhao et al. 2020): diffaugment[:policy=P+P...], P among color, translation and "
                    + "cutout, joined by + (default policy: all three); none by default")
            .byDefault(new OptionDefault<>(r -> null, "")).absentMeans(null).build();

    /** One optimizer for both players: a shortcut for the two below, or a joint optimizer. */
    public static final RunOption<ProviderSpec> OPTIMIZER = RunOption.of("optimizer", OptionType.PROVIDER)
            .flag("--optimizer", "SPEC").help("optimizer id[:key=value,...] for both players")
            .byKind(ProviderSpec.parse("adam:lr=5e-4,beta1=0.5"), ProviderSpec.parse("adam:lr=2e-4,beta1=0.5"))
            .shortcut().build();

    /** The discriminator's optimizer. */
    public static final RunOption<ProviderSpec> D_OPTIMIZER = RunOption.of("d_optimizer", OptionType.PROVIDER)
            .flag("--d-optimizer", "SPEC").help("the discriminator's optimizer; overrides --optimizer")
            .byDefault(new OptionDefault<>(r -> r.get(OPTIMIZER), "")).build();

    /** The generator's optimizer. */
    public static final RunOption<ProviderSpec> G_OPTIMIZER = RunOption.of("g_optimizer", OptionType.PROVIDER)
            .flag("--g-optimizer", "SPEC").help("the generator's optimizer; overrides --optimizer")
            .byDefault(new OptionDefault<>(r -> r.get(OPTIMIZER), "")).build();

    /** The generator. */
    public static final RunOption<ProviderSpec> GENERATOR = RunOption.of("generator", OptionType.PROVIDER)
            .flag("--generator", "SPEC").help("generator id[:key=value,...]")
            .byKind(ProviderSpec.parse("mlp:latent=16,width=128,depth=2"), ProviderSpec.parse("dcgan")).build();

    /** The discriminator. */
    public static final RunOption<ProviderSpec> DISCRIMINATOR = RunOption.of("discriminator", OptionType.PROVIDER)
            .flag("--discriminator", "SPEC").help("discriminator id[:key=value,...]")
            .byKind(ProviderSpec.parse("mlp:width=128,depth=2,pack=2"), ProviderSpec.parse("dcgan")).build();

    /** Generator steps in all (a resumed run may extend them). */
    public static final RunOption<Long> STEPS = RunOption.of("steps", OptionType.LONG)
            .flag("--steps", "N").help("generator steps").valid(v -> v >= 1, "it must be an integer >= 1")
            .byKind(10_000L, 1000L, "about one epoch of Fashion-MNIST").resumable().build();

    /**
     * The largest batch: 32 times BigGAN's 2,048, the largest GAN batch in the literature. Below it, a batch of
     * 28 × 28 images and a DCGAN layer's 12,544 values per image stay inside Java arrays' and TensorFlow's 32-bit
     * element counts; whether a batch fits in memory is checked when the trainer is built, from the traced networks.
     */
    public static final int MAX_BATCH_SIZE = 65_536;

    /** Real and generated samples per step. */
    public static final RunOption<Integer> BATCH_SIZE = RunOption.of("batch_size", OptionType.INT)
            .flag("--batch-size", "N").help("batch size, at most " + MAX_BATCH_SIZE + " and what memory holds")
            .valid(v -> v >= 1 && v <= MAX_BATCH_SIZE, "it must be an integer between 1 and " + MAX_BATCH_SIZE)
            .byKind(256, 64).build();

    /** Discriminator steps per generator step (n_critic). */
    public static final RunOption<Integer> CRITIC_STEPS = RunOption.of("critic_steps", OptionType.INT)
            .flag("--critic-steps", "N").help("discriminator steps per generator step")
            .valid(v -> v >= 1, "it must be an integer >= 1").byDefault(1).build();

    /** Whether separate optimizers alternate or move both players from the same point. */
    public static final RunOption<UpdateScheme> UPDATES = RunOption.of("updates", OptionType.of(UpdateScheme.class))
            .flag("--updates", "SCHEME").help("alternating (D steps, then a G step) or simultaneous (both players from "
                    + "the same point in one run, as TensorFlow's DCGAN tutorial)")
            .valid(v -> true, "use alternating or simultaneous")
            // several critic steps per generator step only make sense alternating, so they choose it
            .byDefault(new OptionDefault<UpdateScheme>(r -> r.get(CRITIC_STEPS) > 1 ? UpdateScheme.ALTERNATING
                    : r.kind() == org.gan4j.core.data.DataKind.IMAGES ? UpdateScheme.SIMULTANEOUS : UpdateScheme.ALTERNATING,
                    "default for 2-D data: " + ALTERNATING + "; for images: simultaneous, or " + ALTERNATING
                            + " with --critic-steps > 1"))
            .absentMeans(UpdateScheme.ALTERNATING).build();

    /** γ of an exponential moving average of G's weights; 0 for none. */
    public static final RunOption<Double> GENERATOR_AVERAGE = RunOption.of("g_ema", OptionType.DOUBLE)
            .flag("--g-ema", "DECAY").help("keep an exponential moving average of the generator's weights with this "
                    + "decay (such as 0.999; Yazici et al. 2019) and sample, score and export with it; 0 for none")
            .valid(v -> v == 0 || v > 0 && v < 1, "it must be 0 (no average) or a decay in (0, 1), such as 0.999")
            .byDefault(0.0).absentMeans(0.0).build();

    /** The latent noise's distribution. */
    public static final RunOption<NoisePrior> NOISE = RunOption.of("noise", OptionType.of(NoisePrior.class))
            .flag("--noise", "PRIOR").help("the generator's latent noise: normal, N(0, I), or uniform, U[-1, 1]")
            .valid(v -> true, "use normal or uniform").byDefault(NoisePrior.NORMAL).absentMeans(NoisePrior.NORMAL).build();

    /** The backend, with its settings; none for the highest-priority one found. */
    public static final RunOption<ProviderSpec> BACKEND = RunOption.of("backend", OptionType.OPTIONAL_PROVIDER)
            .flag("--backend", "SPEC").help("backend id[:key=value,...]; tensorflow takes intra-op-threads, "
                    + "inter-op-threads (0: TensorFlow's choice) and device (cpu)")
            .byDefault(new OptionDefault<>(r -> null, "default: the highest-priority backend found")).build();

    /** The seed: initial weights, noise and data all follow from it. */
    public static final RunOption<Long> SEED = RunOption.of("seed", OptionType.LONG)
            .flag("--seed", "N").help("the run's seed").byDefault(1L).build();

    /** Generator steps between sample pictures; 0 for the final one only. */
    public static final RunOption<Long> SAMPLE_EVERY = RunOption.of("sample_every", OptionType.LONG)
            .flag("--sample-every", "N").help("write a sample plot every N steps; 0 writes only the final one")
            .valid(v -> v >= 0, "it must be 0 (final plot only) or a positive step count")
            .byDefault(0L).resumable().absentMeansDefault().build();

    /** Samples drawn from fixed noise for the pictures and the final score. */
    public static final RunOption<Integer> EVALUATION_SAMPLES = RunOption.of("evaluation_samples", OptionType.INT)
            .help("samples drawn from fixed noise for sample pictures and the final score (2,500 as VEEGAN and PacGAN)")
            .valid(v -> v >= 1, "it must be an integer >= 1").byKind(2500, 64).absentMeansDefault().build();

    /** Generator steps between checkpoints (one is always written at the end). */
    public static final RunOption<Long> CHECKPOINT_EVERY = RunOption.of("checkpoint_every", OptionType.LONG)
            .flag("--checkpoint-every", "N").help("save a checkpoint every N steps, and always at the end")
            .valid(v -> v >= 1, "it must be a step count >= 1")
            // a checkpoint every 1,000 steps costs a few milliseconds for the mixture models
            .byDefault(1000L).resumable().absentMeansDefault().build();

    /** How many of the newest checkpoints are kept. */
    public static final RunOption<Integer> KEEP_CHECKPOINTS = RunOption.of("keep_checkpoints", OptionType.INT)
            .flag("--keep-checkpoints", "N").help("how many of the newest checkpoints to keep")
            .valid(v -> v >= 1, "it must be an integer >= 1").byDefault(3).resumable().absentMeansDefault().build();

    /** The divergence guard: a loss of larger magnitude stops the run. */
    public static final RunOption<Double> DIVERGENCE_LIMIT = RunOption.of("divergence_limit", OptionType.DOUBLE)
            .flag("--divergence-limit", "LIMIT").help("stop when a loss's magnitude exceeds this; Infinity turns the guard off")
            .valid(v -> v > 0, "it must be a loss magnitude > 0, or Infinity to turn the guard off")
            .byDefault(new OptionDefault<>(r -> DEFAULT_DIVERGENCE_LIMIT, "default: 1e6")).resumable().absentMeansDefault().build();

    /** Generator steps between image scores during training; 0 for none. */
    public static final RunOption<Long> EVAL_EVERY = RunOption.of("eval_every", OptionType.LONG)
            .flag("--eval-every", "STEPS").help("for image data: score the generator (FID, KID, precision/recall, class "
                    + "shares) every STEPS steps and at the end; 0 turns it off")
            .valid(v -> v >= 0, "it must be 0 (off) or a step count").byDefault(0L).resumable().absentMeansDefault().build();

    /** The classifier whose features score a run's images; none for the shipped one (made for Fashion-MNIST). */
    public static final RunOption<Path> CLASSIFIER = RunOption.of("classifier", OptionType.PATH)
            .flag("--classifier", "DIR").help("with --eval-every: the classifier whose features score the images, a "
                    + "folder saved by gan classifier trained on the run's data; default: the one gan4j ships, which "
                    + "scores Fashion-MNIST only")
            .byDefault(new OptionDefault<>(r -> null, "")).resumable().absentMeans(null).build();

    /**
     * A feature network saved as a TensorFlow SavedModel (with its {@link SavedModelContract#FILE}) whose features
     * score a run's images instead of a classifier's; none for a classifier. Not with {@link #CLASSIFIER}.
     */
    public static final RunOption<Path> FEATURES = RunOption.of("features", OptionType.PATH)
            .flag("--features", "DIR").help("with --eval-every: score with the features of any network saved as a "
                    + "TensorFlow SavedModel (such as Inception v3) instead of a classifier, its inputs and outputs "
                    + "stated in DIR/" + SavedModelContract.FILE + " (docs/images.md); not with --classifier")
            .byDefault(new OptionDefault<>(r -> null, "")).resumable().absentMeans(null).build();

    /** Generated images per score during training. */
    public static final RunOption<Integer> EVAL_SAMPLES = RunOption.of("eval_samples", OptionType.INT)
            .flag("--eval-samples", "N").help("generated images per score with --eval-every")
            .valid(v -> v >= 10 && v <= 10_000, "it must be between 10 and 10000, the test split's size")
            .byDefault(2000).resumable().absentMeansDefault().build();

    private static final List<RunOption<?>> ALL = List.of(DATASET, DATA, IMAGE_SIZE, CHANNELS, LOSS, REGULARIZERS, RECIPE, AUGMENT, OPTIMIZER, D_OPTIMIZER,
            G_OPTIMIZER, GENERATOR, DISCRIMINATOR, STEPS, BATCH_SIZE, CRITIC_STEPS, UPDATES, GENERATOR_AVERAGE, NOISE,
            BACKEND, SEED, SAMPLE_EVERY, EVALUATION_SAMPLES, CHECKPOINT_EVERY, KEEP_CHECKPOINTS, DIVERGENCE_LIMIT,
            EVAL_EVERY, CLASSIFIER, FEATURES, EVAL_SAMPLES);

    private RunOptions() {
    }

    /** @return every option, in the order help texts list them */
    public static List<RunOption<?>> all() {
        return ALL;
    }

    /**
     * @param key an option's key
     * @return that option, or empty when no option has the key
     */
    public static java.util.Optional<RunOption<?>> byKey(String key) {
        return ALL.stream().filter(o -> o.key().equals(key)).findFirst();
    }
}
