package org.gan4j.core.train;

/** Names of the scalars every step reports (optimizers and regularizers may add their own). */
public final class Metrics {
    /** L_D including penalties. */
    public static final String D_LOSS = "d_loss";
    /** L_G. */
    public static final String G_LOSS = "g_loss";
    /** ‖∇L_D‖ over all of D's parameters. */
    public static final String D_GRAD_NORM = "d_grad_norm";
    /** ‖∇L_G‖ over all of G's parameters. */
    public static final String G_GRAD_NORM = "g_grad_norm";
    /** E D(x): mean raw score (logit or critic value) of the real batch. */
    public static final String D_REAL = "d_real";
    /** E D(G(z)): mean raw score of the generated batch. */
    public static final String D_FAKE = "d_fake";
    /** The sum of the regularizers' penalties, included in {@link #D_LOSS}. */
    public static final String D_PENALTY = "d_penalty";

    private Metrics() {
    }
}
