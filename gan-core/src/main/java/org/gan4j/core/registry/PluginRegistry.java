package org.gan4j.core.registry;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.gan4j.api.ApiVersion;
import org.gan4j.api.spi.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every provider {@link ServiceLoader} finds, by kind and id.
 *
 * <p>A provider that fails to load (missing class, throwing constructor, wrong type) is reported through
 * {@link #problems()} and a warning, and skipped; the others still load. So is a provider whose jar states an
 * {@link ApiVersion} this runtime cannot run. Two providers of one kind with the
 * same id make every lookup of that id fail, naming both and their jars.
 *
 * <p>The kinds of {@link ProviderKind#all()} load at once; any other kind (a third party's provider interface) loads
 * the first time it is asked for, and stays. Safe for concurrent use.
 */
public final class PluginRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);
    private static final int MAX_ENTRIES = 10_000;

    private final Map<ProviderKind<?>, List<ProviderInfo>> providers = new LinkedHashMap<>();
    private final List<ProviderProblem> problems = new ArrayList<>();
    private final ApiVersionCheck apiVersions = new ApiVersionCheck();
    private final ClassLoader loader;

    private PluginRegistry(ClassLoader loader) {
        this.loader = loader;
        for (ProviderKind<?> kind : ProviderKind.all()) {
            providers(kind);
        }
    }

    /** @return the providers visible to this thread's context class loader */
    public static PluginRegistry load() {
        return load(Thread.currentThread().getContextClassLoader());
    }

    /**
     * @param loader where to look
     * @return the providers visible to {@code loader}
     */
    public static PluginRegistry load(ClassLoader loader) {
        return new PluginRegistry(loader);
    }

    private List<ProviderInfo> load(ProviderKind<?> kind) {
        // on the module path, ServiceLoader looks up only the services this module declares it uses: a kind of
        // another module's making is declared here when it is first asked for (a no-op on the class path)
        PluginRegistry.class.getModule().addUses(kind.type());
        List<ProviderInfo> found = new ArrayList<>();
        Iterator<? extends ServiceLoader.Provider<? extends Provider>> it = ServiceLoader.load(kind.type(), loader).stream().iterator();
        for (int i = 0; i < MAX_ENTRIES; i++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                ServiceLoader.Provider<? extends Provider> candidate = it.next();
                Optional<String> incompatible = apiVersions.problemWith(candidate.type());
                if (incompatible.isPresent()) {
                    problems.add(new ProviderProblem(kind, incompatible.get()));
                    LOG.warn("skipped a {} provider: {}", kind.label(), incompatible.get());
                    continue;
                }
                Provider provider = candidate.get();
                found.add(new ProviderInfo(kind, provider, sourceOf(candidate.type())));
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                String message = describe(e);
                problems.add(new ProviderProblem(kind, message));
                LOG.warn("skipped a broken {} provider: {}", kind.label(), message);
            }
        }
        found.sort(Comparator.comparing(ProviderInfo::id));
        return Collections.unmodifiableList(found);
    }

    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable linkage = e;
        while (linkage != null && !(linkage instanceof LinkageError)) {
            linkage = linkage.getCause();
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            message.append("; caused by ").append(cause);
        }
        if (linkage != null) {
            message.append(" (").append(linkage.getClass().getSimpleName()).append(": the plugin was most likely built "
                    + "against another gan4j API version; this runtime has API ").append(ApiVersion.CURRENT).append(')');
        }
        return message.toString();
    }

    private static String sourceOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? "(unknown location)" : source.getLocation().toString();
    }

    /**
     * @param kind a kind
     * @return its providers, sorted by id, duplicates included
     */
    public synchronized List<ProviderInfo> providers(ProviderKind<?> kind) {
        return providers.computeIfAbsent(kind, this::load);
    }

    /**
     * @param kind a kind
     * @param id an id
     * @return whether some provider of that kind has that id
     */
    public boolean has(ProviderKind<?> kind, String id) {
        return providers(kind).stream().anyMatch(p -> p.id().equals(id));
    }

    /**
     * For an id that users may give for any of several kinds (an optimizer, per player or joint).
     *
     * @param id the id the user chose
     * @param kinds the kinds it may belong to, the first one naming the thing in the message
     * @throws UnknownProviderException if no provider of those kinds has it, listing each kind's ids
     */
    public void requireKnown(String id, ProviderKind<?>... kinds) {
        if (java.util.Arrays.stream(kinds).anyMatch(k -> has(k, id))) {
            return;
        }
        StringBuilder message = new StringBuilder("no " + kinds[0].label() + " with id '" + id + "'; found " + ids(kinds[0]));
        for (int i = 1; i < kinds.length; i++) {
            message.append(" and the ").append(kinds[i].label()).append("s ").append(ids(kinds[i]));
        }
        message.append(". Check the spelling, or add ").append(kinds[0].module()).append(" (or the plugin jar that provides '")
                .append(id).append("') to the class path.");
        for (ProviderKind<?> kind : kinds) {
            message.append(problemNote(kind));
        }
        throw new UnknownProviderException(message.toString());
    }

    /** @return the providers that failed to load */
    public synchronized List<ProviderProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * @param kind the kind
     * @param id the id the user chose
     * @param <P> the provider interface
     * @return the provider with that id
     * @throws UnknownProviderException listing the ids found and the module to add
     * @throws DuplicateProviderException naming both providers with that id
     */
    public <P extends Provider> P require(ProviderKind<P> kind, String id) {
        List<ProviderInfo> matches = providers(kind).stream().filter(p -> p.id().equals(id)).toList();
        if (matches.isEmpty()) {
            throw new UnknownProviderException("no " + kind.label() + " provider with id '" + id + "'; found "
                    + ids(kind) + ". Check the spelling, or add " + kind.module()
                    + " (or the plugin jar that provides '" + id + "') to the class path." + problemNote(kind));
        }
        if (matches.size() > 1) {
            throw new DuplicateProviderException("two " + kind.label() + " providers have the id '" + id + "': "
                    + matches.stream().map(m -> m.provider().getClass().getName() + " from " + m.source())
                            .collect(Collectors.joining(" and "))
                    + ". Remove one of the jars from the class path.");
        }
        return kind.type().cast(matches.get(0).provider());
    }

    /**
     * Explicit choice first, then priority.
     *
     * @param kind the kind
     * @param id the id the user chose, or empty to take the provider of highest priority
     * @param <P> the provider interface
     * @return the provider
     * @throws UnknownProviderException if none is found
     */
    public <P extends Provider> P select(ProviderKind<P> kind, Optional<String> id) {
        if (id.isPresent()) {
            return require(kind, id.get());
        }
        ProviderInfo best = providers(kind).stream()
                .max(Comparator.comparingInt((ProviderInfo p) -> p.provider().priority())
                        .thenComparing(ProviderInfo::id, Comparator.reverseOrder()))
                .orElseThrow(() -> new UnknownProviderException("no " + kind.label()
                        + " provider is on the class path; add " + kind.module() + "." + problemNote(kind)));
        return require(kind, best.id());
    }

    /**
     * @param kind a kind
     * @return the ids of its providers, sorted
     */
    public List<String> ids(ProviderKind<?> kind) {
        return providers(kind).stream().map(ProviderInfo::id).distinct().toList();
    }

    private synchronized String problemNote(ProviderKind<?> kind) {
        long broken = problems.stream().filter(p -> p.kind().equals(kind)).count();
        return broken == 0 ? "" : " (" + broken + " broken " + kind.label() + " provider(s) were skipped; see the warnings)";
    }
}
