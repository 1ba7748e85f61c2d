package org.gan4j.tf;

/** Prints what a default backend found about oneDNN and whether it turned grappler off; run in a child JVM. */
final class OneDnnMain {
    private OneDnnMain() {
    }

    /** @param args none */
    public static void main(String[] args) {
        TfBackend backend = new TfBackend();
        System.out.println("oneDNN=" + OneDnn.rewritesOps(backend.sessionConfig()) + " grappler off="
                + backend.sessionConfig().getGraphOptions().getRewriteOptions().getDisableMetaOptimizer());
    }
}
