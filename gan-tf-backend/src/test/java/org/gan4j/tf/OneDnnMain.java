package org.gan4j.tf;

/** Prints what a default backend found about oneDNN and what it did to grappler's remapper; run in a child JVM. */
final class OneDnnMain {
    private OneDnnMain() {
    }

    /** @param args none */
    public static void main(String[] args) {
        TfBackend backend = new TfBackend();
        System.out.println("oneDNN=" + OneDnn.rewritesOps(backend.sessionConfig()) + " remapping="
                + backend.sessionConfig().getGraphOptions().getRewriteOptions().getRemapping());
    }
}
