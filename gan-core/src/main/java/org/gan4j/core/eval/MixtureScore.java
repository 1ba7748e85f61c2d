package org.gan4j.core.eval;

/**
 * How well samples cover a 2-D mixture. Report all three together: a collapsed generator scores near 100%
 * high quality on a single mode.
 *
 * @param modesCovered modes with at least one high-quality sample nearest to them
 * @param modes modes of the mixture
 * @param highQuality share of samples within 3 std of their nearest mode, in [0, 1]
 * @param reverseKl KL(p ‖ uniform) of the high-quality samples' mode histogram p, in nats; 0 is perfect
 *     balance, ln(modes) total collapse; NaN when no sample is high quality
 * @param samples the number of samples scored
 */
public record MixtureScore(int modesCovered, int modes, double highQuality, double reverseKl, int samples) {
}
