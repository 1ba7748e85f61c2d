package org.gan4j.tck;

/**
 * Convolution computed with loops straight from its definition in {@code Ops.conv2d}, in double precision, for the
 * backend contract's expected values: y[b, i, j, o] = Σ x[b, i·s + di − p_h, j·s + dj − p_w, c] · k[di, dj, c, o],
 * zeros outside x, with TensorFlow's SAME padding p = max((out − 1)·s + k − in, 0) / 2 (the smaller half before).
 */
final class ConvolutionReference {
    private ConvolutionReference() {
    }

    /**
     * @param x NHWC values, row-major
     * @param xDims [n, h, w, c]
     * @param k HWIO values
     * @param kDims [kh, kw, c, o]
     * @param stride s
     * @param same SAME (true) or VALID padding
     * @return the output, row-major, of shape {@link #outputDims}
     */
    static double[] conv2d(double[] x, int[] xDims, double[] k, int[] kDims, int stride, boolean same) {
        int[] out = outputDims(xDims, kDims, stride, same);
        int padTop = same ? Math.max((out[1] - 1) * stride + kDims[0] - xDims[1], 0) / 2 : 0;
        int padLeft = same ? Math.max((out[2] - 1) * stride + kDims[1] - xDims[2], 0) / 2 : 0;
        double[] y = new double[out[0] * out[1] * out[2] * out[3]];
        for (int b = 0; b < out[0]; b++) {
            for (int i = 0; i < out[1]; i++) {
                for (int j = 0; j < out[2]; j++) {
                    for (int o = 0; o < out[3]; o++) {
                        double sum = 0;
                        for (int di = 0; di < kDims[0]; di++) {
                            for (int dj = 0; dj < kDims[1]; dj++) {
                                int r = i * stride + di - padTop;
                                int q = j * stride + dj - padLeft;
                                if (r < 0 || q < 0 || r >= xDims[1] || q >= xDims[2]) {
                                    continue;
                                }
                                for (int c = 0; c < xDims[3]; c++) {
                                    sum += x[((b * xDims[1] + r) * xDims[2] + q) * xDims[3] + c]
                                            * k[((di * kDims[1] + dj) * kDims[2] + c) * kDims[3] + o];
                                }
                            }
                        }
                        y[((b * out[1] + i) * out[2] + j) * out[3] + o] = sum;
                    }
                }
            }
        }
        return y;
    }

    /** @return [n, ⌈h/s⌉, ⌈w/s⌉, o] for SAME, [n, ⌊(h − kh)/s⌋ + 1, ⌊(w − kw)/s⌋ + 1, o] for VALID */
    static int[] outputDims(int[] xDims, int[] kDims, int stride, boolean same) {
        int h = same ? (xDims[1] + stride - 1) / stride : (xDims[1] - kDims[0]) / stride + 1;
        int w = same ? (xDims[2] + stride - 1) / stride : (xDims[2] - kDims[1]) / stride + 1;
        return new int[] {xDims[0], h, w, kDims[3]};
    }

    /**
     * @param n how many
     * @param seed which
     * @return n values in [−1, 1) from a fixed linear congruential sequence
     */
    static double[] values(int n, long seed) {
        double[] v = new double[n];
        long state = seed;
        for (int i = 0; i < n; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            v[i] = ((state >>> 11) / (double) (1L << 53)) * 2 - 1;
        }
        return v;
    }
}
