package org.gan4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The API status check. Every public type of gan-api is {@link Stable} or {@link Experimental}; a stable type keeps
 * every signature recorded in {@code api/stable-api.txt}, gains no abstract method, and names no experimental type
 * in a public or protected signature (see {@link ApiLeaks}). After a compatible change
 * (an added type, method or default method), record the new list:
 *
 * <pre>{@code mvn -pl gan-api test -Dgan4j.api.record=true}</pre>
 */
class ApiStatusTest {
    private static final Path RECORD = Path.of("api", "stable-api.txt");

    @Test
    @DisplayName("every public type of gan-api is marked @Stable or @Experimental (itself, its enclosing type or its package)")
    void everyPublicTypeHasAStatus() throws Exception {
        List<Class<?>> types = ApiSignatures.publicTypes();
        assertThat(types).hasSizeGreaterThan(30);
        assertThat(types.stream().filter(t -> ApiSignatures.status(t) == null).map(Class::getName))
                .as("public types with no API status").isEmpty();
    }

    @Test
    @DisplayName("no public or protected signature of a stable type names an experimental type of gan-api")
    void stableTypesExposeNoExperimentalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : ApiSignatures.publicTypes()) {
            if (ApiSignatures.isStable(type)) {
                leaks.addAll(ApiLeaks.of(type));
            }
        }
        assertThat(leaks).as("stable signatures that expose experimental types, whose incompatible changes would break "
                + "stable code: mark the exposed type @Stable (a stable type is never demoted, so the recorded "
                + "signatures only grow), or stop naming it in the stable signature").isEmpty();
    }

    @Test
    @DisplayName("stable types keep every recorded signature and gain no abstract method")
    void stableTypesStayCompatible() throws Exception {
        TreeSet<String> current = new TreeSet<>();
        TreeSet<String> currentAbstract = new TreeSet<>();
        for (Class<?> type : ApiSignatures.publicTypes()) {
            if (ApiSignatures.isStable(type)) {
                current.addAll(ApiSignatures.of(type));
                currentAbstract.addAll(ApiSignatures.abstractMethods(type));
            }
        }
        if (Boolean.getBoolean("gan4j.api.record")) {
            Files.write(RECORD, current, StandardCharsets.UTF_8);
            return;
        }
        assertThat(RECORD).as("the recorded stable API; create it with -Dgan4j.api.record=true").exists();
        List<String> recorded = Files.readAllLines(RECORD, StandardCharsets.UTF_8);
        List<String> removed = new ArrayList<>(recorded);
        removed.removeAll(current);
        assertThat(removed).as("recorded signatures of stable types that changed or disappeared: an incompatible change. "
                + "Restore them, or (for a new major version) record anew with -Dgan4j.api.record=true").isEmpty();
        List<String> newAbstract = new ArrayList<>(currentAbstract);
        newAbstract.removeAll(recorded);
        assertThat(newAbstract).as("abstract methods added to stable types break every implementation; "
                + "give them a default body").isEmpty();
    }
}
