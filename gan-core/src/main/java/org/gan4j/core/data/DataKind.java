package org.gan4j.core.data;

/** What kind of data a run trains on; run defaults differ by kind ({@link org.gan4j.core.run.RunOptions}). */
public enum DataKind {
    /** Points in the plane: the 2-D Gaussian mixtures. */
    MIXTURE("2-D data"),
    /** Images, [height, width, channels] per sample. */
    IMAGES("images");

    private final String phrase;

    DataKind(String phrase) {
        this.phrase = phrase;
    }

    /** @return how help texts name the kind, as in "default for 2-D data" */
    public String phrase() {
        return phrase;
    }
}
