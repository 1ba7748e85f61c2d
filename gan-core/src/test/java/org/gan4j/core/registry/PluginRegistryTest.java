package org.gan4j.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.gan4j.api.spi.LossProvider;
import org.gan4j.core.registry.fixtures.SamplerProvider;
import org.gan4j.core.registry.fixtures.UniformSamplerProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRegistryTest {

    /** A class loader that adds a services file listing {@code classes} to the test class path. */
    private static ClassLoader withLossServices(Path dir, String... classes) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(LossProvider.class.getName()), String.join("\n", classes) + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, PluginRegistryTest.class.getClassLoader());
    }

    @Test
    @DisplayName("our providers are found by id, with the jar they came from")
    void findsShippedProviders() {
        PluginRegistry registry = PluginRegistry.load();
        assertThat(registry.require(ProviderKind.LOSS, "non-saturating").id()).isEqualTo("non-saturating");
        assertThat(registry.providers(ProviderKind.OPTIMIZER)).extracting(ProviderInfo::id)
                .containsExactly("adam", "cg-dy", "cg-fr", "cg-fr-prp", "cg-hs", "cg-hs-dy", "cg-hz", "cg-prp", "momentum",
                        "rmsprop", "sgd");
        assertThat(registry.ids(ProviderKind.JOINT_OPTIMIZER)).containsExactly("acgd", "cgd");
        assertThat(registry.providers(ProviderKind.LOSS).get(0).source()).contains("gan-losses");
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    @DisplayName("the kinds are open: a provider interface of a third party's making loads the first time it is asked for")
    void kindsAreOpen(@TempDir Path dir) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(SamplerProvider.class.getName()), UniformSamplerProvider.class.getName() + "\n");
        PluginRegistry registry = PluginRegistry.load(new URLClassLoader(new URL[] {dir.toUri().toURL()},
                PluginRegistryTest.class.getClassLoader()));
        ProviderKind<SamplerProvider> samplers = new ProviderKind<>(SamplerProvider.class, "sampler", "my-samplers");
        assertThat(registry.require(samplers, "uniform")).isInstanceOf(UniformSamplerProvider.class);
        assertThat(registry.providers(samplers)).as("loaded once, then kept").isSameAs(registry.providers(samplers));
        assertThatThrownBy(() -> registry.require(samplers, "normal")).isInstanceOf(UnknownProviderException.class)
                .hasMessage("no sampler provider with id 'normal'; found [uniform]. Check the spelling, or add my-samplers "
                        + "(or the plugin jar that provides 'normal') to the class path.");
        assertThat(registry.ids(ProviderKind.AUGMENTATION)).as("gan4j's own augmentations").containsExactly("diffaugment");
    }

    @Test
    @DisplayName("an unknown id fails, listing the ids found and the module to add")
    void unknownId() {
        PluginRegistry registry = PluginRegistry.load();
        assertThatThrownBy(() -> registry.require(ProviderKind.LOSS, "wasserstein"))
                .isInstanceOf(UnknownProviderException.class)
                .hasMessage("no loss provider with id 'wasserstein'; found [hinge, least-squares, minimax, non-saturating, "
                        + "relativistic-average, wgan]. Check the spelling, or add "
                        + "gan-losses (or the plugin jar that provides 'wasserstein') to the class path.");
    }

    @Test
    @DisplayName("without an id, the provider of highest priority is chosen; with none at all, the module is named")
    void selectByPriority(@TempDir Path dir) throws IOException {
        assertThat(PluginRegistry.load().select(ProviderKind.BACKEND, Optional.empty()).id()).isEqualTo("tensorflow");
        ClassLoader empty = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());
        assertThatThrownBy(() -> PluginRegistry.load(empty).select(ProviderKind.BACKEND, Optional.empty()))
                .isInstanceOf(UnknownProviderException.class)
                .hasMessage("no backend provider is on the class path; add gan-tf-backend.");
    }

    @Test
    @DisplayName("a broken provider is reported and skipped; the others still load")
    void brokenProvidersAreSkipped(@TempDir Path dir) throws IOException {
        ClassLoader loader = withLossServices(dir, "com.example.MissingLossProvider",
                "org.gan4j.core.registry.fixtures.ThrowingLossProvider",
                "org.gan4j.core.registry.fixtures.GoodLossProvider");
        PluginRegistry registry = PluginRegistry.load(loader);
        assertThat(registry.providers(ProviderKind.LOSS)).extracting(ProviderInfo::id)
                .containsExactly("good", "hinge", "least-squares", "minimax", "non-saturating", "relativistic-average", "wgan");
        assertThat(registry.problems()).hasSize(2);
        assertThat(registry.problems().get(0).message()).contains("com.example.MissingLossProvider");
        assertThat(registry.problems().get(1).message()).contains("ThrowingLossProvider")
                .contains("cannot start: missing licence file");
        assertThatThrownBy(() -> registry.require(ProviderKind.LOSS, "throwing"))
                .hasMessageContaining("(2 broken loss provider(s) were skipped; see the warnings)");
    }

    @Test
    @DisplayName("two providers with one id fail the lookup, naming both and their sources")
    void duplicateIds(@TempDir Path dir) throws IOException {
        ClassLoader loader = withLossServices(dir, "org.gan4j.core.registry.fixtures.GoodLossProvider",
                "org.gan4j.core.registry.fixtures.SecondGoodLossProvider");
        PluginRegistry registry = PluginRegistry.load(loader);
        assertThatThrownBy(() -> registry.require(ProviderKind.LOSS, "good"))
                .isInstanceOf(DuplicateProviderException.class)
                .hasMessageStartingWith("two loss providers have the id 'good': "
                        + "org.gan4j.core.registry.fixtures.GoodLossProvider from file:")
                .hasMessageContaining(" and org.gan4j.core.registry.fixtures.SecondGoodLossProvider from file:")
                .hasMessageEndingWith("Remove one of the jars from the class path.");
        assertThat(registry.require(ProviderKind.LOSS, "minimax").id()).isEqualTo("minimax");
    }

    private static String lossProvider(String packageName, String className, String id, String constructorBody) {
        return "package " + packageName + ";\n"
                + "public class " + className + " implements org.gan4j.api.spi.LossProvider {\n"
                + "  public " + className + "() { " + constructorBody + " }\n"
                + "  public String id() { return \"" + id + "\"; }\n"
                + "  public org.gan4j.api.role.Loss create(org.gan4j.api.param.Hyperparameters h) { return null; }\n"
                + "}\n";
    }

    @Test
    @DisplayName("a plugin jar built for another API version is reported with both versions and skipped; the others still load")
    void pluginForAnotherApiVersion(@TempDir Path dir) throws IOException {
        Path classes = PluginJars.compile(dir, java.util.Map.of("com.example.future.FutureLossProvider",
                lossProvider("com.example.future", "FutureLossProvider", "future", "")));
        Path jar = PluginJars.pack(dir.resolve("future-loss.jar"), classes, java.util.List.of("com.example.future.FutureLossProvider"),
                LossProvider.class, "9.0");
        PluginRegistry registry = PluginRegistry.load(new URLClassLoader(new URL[] {jar.toUri().toURL()},
                PluginRegistryTest.class.getClassLoader()));
        assertThat(registry.problems()).hasSize(1);
        assertThat(registry.problems().get(0).message()).isEqualTo("com.example.future.FutureLossProvider in "
                + jar.toUri().toURL() + " was built for gan4j API 9.0, but this runtime has API "
                + org.gan4j.api.ApiVersion.CURRENT + "; use a release of the plugin built for API " + org.gan4j.api.ApiVersion.CURRENT);
        assertThat(registry.has(ProviderKind.LOSS, "future")).isFalse();
        assertThat(registry.require(ProviderKind.LOSS, "hinge").id()).isEqualTo("hinge");
    }

    @Test
    @DisplayName("a plugin compiled against an API method this runtime lacks is reported as built for another API version")
    void pluginCompiledAgainstARemovedMethod(@TempDir Path dir) throws IOException {
        // A stand-in for an older gan-api whose Hyperparameters had a method this one does not.
        String oldApi = "package org.gan4j.api.param;\n"
                + "public final class Hyperparameters { public static Hyperparameters removedInThisVersion() { return null; } }\n";
        Path classes = PluginJars.compile(dir, java.util.Map.of(
                "org.gan4j.api.param.Hyperparameters", oldApi,
                "com.example.old.OldLossProvider", lossProvider("com.example.old", "OldLossProvider", "old",
                        "org.gan4j.api.param.Hyperparameters.removedInThisVersion();")));
        Path jar = PluginJars.pack(dir.resolve("old-loss.jar"), classes, java.util.List.of("com.example.old.OldLossProvider"),
                LossProvider.class, null);
        PluginRegistry registry = PluginRegistry.load(new URLClassLoader(new URL[] {jar.toUri().toURL()},
                PluginRegistryTest.class.getClassLoader()));
        assertThat(registry.problems()).hasSize(1);
        assertThat(registry.problems().get(0).message()).contains("removedInThisVersion")
                .contains("NoSuchMethodError: the plugin was most likely built against another gan4j API version; "
                        + "this runtime has API " + org.gan4j.api.ApiVersion.CURRENT);
        assertThat(registry.require(ProviderKind.LOSS, "hinge").id()).isEqualTo("hinge");
    }

    @Test
    @DisplayName("the API version rule: 0.x runs only plugins of the same 0.x; from 1.0, the same major and an equal or lower minor")
    void apiVersionRule() {
        assertThat(org.gan4j.api.ApiVersion.runs("0.1")).isTrue();
        assertThat(org.gan4j.api.ApiVersion.runs("0.1.7")).isTrue();
        assertThat(org.gan4j.api.ApiVersion.runs("0.2")).isFalse();
        assertThat(org.gan4j.api.ApiVersion.runs("1.0")).isFalse();
        assertThat(org.gan4j.api.ApiVersion.runs("one")).isFalse();
    }
}
