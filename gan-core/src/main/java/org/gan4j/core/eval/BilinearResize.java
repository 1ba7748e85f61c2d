package org.gan4j.core.eval;

/**
 * Bilinear resizing of one image on the host, in float precision, with half-pixel centres: output pixel i of n
 * samples the input at y = (i + ½)·(m / n) − ½ (m input pixels), clamped to [0, m − 1], and interpolates linearly
 * between the two nearest input pixels. This is TensorFlow 2's {@code tf.image.resize(method="bilinear",
 * antialias=False)} and PyTorch's {@code interpolate(mode="bilinear", align_corners=False)}. Without antialiasing a
 * large reduction skips pixels; enlarging, the usual case for a feature network that wants 299 × 299, does not.
 */
public final class BilinearResize {
    private BilinearResize() {
    }

    /**
     * @param image one image, [h, w, c] row-major
     * @param height h
     * @param width w
     * @param channels c
     * @param toHeight the new height
     * @param toWidth the new width
     * @return the image at [toHeight, toWidth, c]; a copy of {@code image} when the size does not change
     */
    public static float[] resize(float[] image, int height, int width, int channels, int toHeight, int toWidth) {
        if (height == toHeight && width == toWidth) {
            return image.clone();
        }
        Sample[] rows = samples(height, toHeight);
        Sample[] columns = samples(width, toWidth);
        float[] out = new float[toHeight * toWidth * channels];
        for (int i = 0; i < toHeight; i++) {
            Sample r = rows[i];
            for (int j = 0; j < toWidth; j++) {
                Sample s = columns[j];
                for (int k = 0; k < channels; k++) {
                    float top = lerp(image[(r.lower * width + s.lower) * channels + k],
                            image[(r.lower * width + s.upper) * channels + k], s.weight);
                    float bottom = lerp(image[(r.upper * width + s.lower) * channels + k],
                            image[(r.upper * width + s.upper) * channels + k], s.weight);
                    out[(i * toWidth + j) * channels + k] = lerp(top, bottom, r.weight);
                }
            }
        }
        return out;
    }

    private static float lerp(float a, float b, float weight) {
        return a + (b - a) * weight;
    }

    /**
     * @param lower the nearer input pixel at or before the sampled point
     * @param upper the next one (the same at the border)
     * @param weight how far the point lies from {@code lower} towards {@code upper}, in [0, 1)
     */
    private record Sample(int lower, int upper, float weight) {
    }

    private static Sample[] samples(int from, int to) {
        Sample[] samples = new Sample[to];
        double scale = (double) from / to;
        for (int i = 0; i < to; i++) {
            double y = Math.min(Math.max((i + 0.5) * scale - 0.5, 0), from - 1);
            int lower = (int) Math.floor(y);
            samples[i] = new Sample(lower, Math.min(lower + 1, from - 1), (float) (y - lower));
        }
        return samples;
    }
}
