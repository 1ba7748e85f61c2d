package org.gan4j.tck.selftest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The main class of {@link PluginOnModulePathTest}'s child JVM: runs the named test classes with the JUnit
 * launcher, prints {@code successful=N failed=N} and the failures, and exits 1 if any test failed.
 */
public final class ModulePathLauncher {
    private ModulePathLauncher() {
    }

    /** @param args fully qualified names of test classes */
    public static void main(String[] args) throws ClassNotFoundException {
        var request = LauncherDiscoveryRequestBuilder.request();
        for (String name : args) {
            request.selectors(selectClass(Class.forName(name, false, ClassLoader.getSystemClassLoader())));
        }
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request.build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        PrintWriter out = new PrintWriter(System.out, true);
        out.printf("successful=%d failed=%d%n", summary.getTestsSucceededCount(), summary.getTestsFailedCount());
        summary.printFailuresTo(out, 10);
        System.exit(summary.getTotalFailureCount() == 0 ? 0 : 1);
    }
}
