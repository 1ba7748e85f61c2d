package org.gan4j.core.data;

import java.util.SplittableRandom;

/** The one shuffle of the data package, so that every order it makes is a pure function of its seed. */
final class Shuffle {
    private Shuffle() {
    }

    /**
     * Fisher–Yates (Durstenfeld's form): for i from n − 1 down to 1, swap a[i] with a[j], j uniform in 0 … i.
     *
     * @param values shuffled in place
     * @param seed the seed of a {@link SplittableRandom}
     * @return {@code values}
     */
    static int[] inPlace(int[] values, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return values;
    }
}
