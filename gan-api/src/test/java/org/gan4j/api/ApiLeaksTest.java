package org.gan4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link ApiLeaks} on small stable types that each leak one experimental type in one way, and on stable types that
 * use it only where users cannot see it. The expected lines are read off the fixtures' declarations.
 */
class ApiLeaksTest {
    private static final String HIDDEN = Hidden.class.getName();
    private static final String PREFIX = ApiLeaksTest.class.getName() + "$";

    @Experimental
    public interface Hidden {
    }

    @Experimental
    public static class HiddenFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Stable
    public interface ByReturn {
        Hidden get();
    }

    @Stable
    public interface ByParameter {
        void set(String name, Hidden value);
    }

    @Stable
    public interface ByTypeArgument {
        Optional<? extends List<Hidden>> get();
    }

    @Stable
    public interface BySupertype extends Comparable<Hidden> {
    }

    @Stable
    public interface ByBound<T extends Hidden> {
    }

    @Stable
    public interface ByException {
        void run() throws HiddenFailure;
    }

    @Stable
    public abstract static class ByField {
        protected Hidden[] values;
    }

    @Stable
    public record ByComponent(Hidden part) {
    }

    @Stable
    public abstract static class OnlyInternally {
        private Hidden kept;

        Hidden packagePrivate() {
            return kept;
        }

        private static Hidden secret() {
            return null;
        }

        public abstract String name();
    }

    private static List<String> leaks(Class<?> type) {
        return List.copyOf(ApiLeaks.of(type));
    }

    @Test
    @DisplayName("a stable type leaks an experimental one through a return type, a parameter or a thrown exception")
    void membersLeak() {
        assertThat(leaks(ByReturn.class)).containsExactly(PREFIX + "ByReturn#get exposes " + HIDDEN);
        assertThat(leaks(ByParameter.class)).containsExactly(PREFIX + "ByParameter#set exposes " + HIDDEN);
        assertThat(leaks(ByException.class)).containsExactly(PREFIX + "ByException#run exposes " + HiddenFailure.class.getName());
        assertThat(leaks(ByField.class)).containsExactly(PREFIX + "ByField#values exposes " + HIDDEN);
    }

    @Test
    @DisplayName("a leak is found inside generic type arguments, wildcards, supertypes and type parameter bounds")
    void genericsLeak() {
        assertThat(leaks(ByTypeArgument.class)).containsExactly(PREFIX + "ByTypeArgument#get exposes " + HIDDEN);
        assertThat(leaks(BySupertype.class)).containsExactly(PREFIX + "BySupertype exposes " + HIDDEN);
        assertThat(leaks(ByBound.class)).containsExactly(PREFIX + "ByBound exposes " + HIDDEN);
    }

    @Test
    @DisplayName("a record component leaks through the header, the canonical constructor and the accessor")
    void recordComponentLeaks() {
        assertThat(leaks(ByComponent.class)).containsExactly(PREFIX + "ByComponent exposes " + HIDDEN,
                PREFIX + "ByComponent#<init> exposes " + HIDDEN, PREFIX + "ByComponent#part exposes " + HIDDEN);
    }

    @Test
    @DisplayName("private and package-private uses, and stable or JDK types, are no leak")
    void internalUseIsNoLeak() {
        assertThat(leaks(OnlyInternally.class)).isEmpty();
        assertThat(leaks(Stable.class)).isEmpty();
    }
}
