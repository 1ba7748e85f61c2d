package org.gan4j.tck.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gan4j.tck.selftest.KitRuns.failedRules;
import static org.gan4j.tck.selftest.KitRuns.run;

import org.gan4j.api.GanException;
import org.gan4j.tck.ContractBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/**
 * Choosing the kit's backend with the system property {@value ContractBackend#PROPERTY}. Two backends are on this
 * module's test class path: {@code tensorflow} (priority 100) and {@code selftest-backend} (priority −1).
 */
class ContractBackendTest {
    @AfterEach
    void clearProperty() {
        System.clearProperty(ContractBackend.PROPERTY);
    }

    @Test
    @DisplayName("without the property, the kit runs on the highest-priority backend: tensorflow")
    void highestPriorityByDefault() {
        assertThat(ContractBackend.provider().id()).isEqualTo("tensorflow");
        System.setProperty(ContractBackend.PROPERTY, "  ");
        assertThat(ContractBackend.provider().id()).as("a blank property counts as unset").isEqualTo("tensorflow");
    }

    @Test
    @DisplayName("with the property, the kit runs every contract on the backend it names")
    void propertyChoosesTheBackend() {
        System.setProperty(ContractBackend.PROPERTY, "selftest-backend");
        assertThat(ContractBackend.provider().id()).isEqualTo("selftest-backend");
        int before = BackendFixtures.SecondBackendProvider.CREATED.get();
        Events events = run(KitSelfTest.CorrectLoss.class);
        assertThat(failedRules(events)).isEmpty();
        assertThat(BackendFixtures.SecondBackendProvider.CREATED.get() - before).as("backends created by the contract")
                .isPositive();
    }

    @Test
    @DisplayName("settings after the id reach the backend, which refuses keys it does not know, naming them")
    void settingsReachTheBackend() {
        System.setProperty(ContractBackend.PROPERTY, "selftest-backend:no_such_key=1");
        assertThatThrownBy(ContractBackend::find).hasMessageContaining("no_such_key");
    }

    @Test
    @DisplayName("an id that no backend has fails, naming the id and the backends found")
    void unknownIdFails() {
        System.setProperty(ContractBackend.PROPERTY, "no-such-backend");
        assertThatThrownBy(ContractBackend::provider).isInstanceOf(GanException.class)
                .hasMessageContaining("gan4j.tck.backend = 'no-such-backend'")
                .hasMessageContaining("tensorflow").hasMessageContaining("selftest-backend");
    }
}
