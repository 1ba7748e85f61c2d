package org.gan4j.tck.selftest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs a contract test class through JUnit's {@link EngineTestKit} and reads which of its rules failed. */
final class KitRuns {
    private KitRuns() {
    }

    /** @return the test events of running {@code contractTest} */
    static Events run(Class<?> contractTest) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(contractTest)).execute().testEvents();
    }

    /** @return the display names of the failed rules, sorted */
    static List<String> failedRules(Events events) {
        return events.failed().stream().map(e -> e.getTestDescriptor().getDisplayName()).sorted().toList();
    }

    /** @return the display names of the skipped or aborted rules, sorted */
    static List<String> abortedRules(Events events) {
        return events.aborted().stream().map(e -> e.getTestDescriptor().getDisplayName()).sorted().toList();
    }
}
