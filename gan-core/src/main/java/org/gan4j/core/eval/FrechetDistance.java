package org.gan4j.core.eval;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Fréchet distance between Gaussians fitted to two feature sets (FID, Heusel et al., NeurIPS 2017):
 * <pre>
 * FID = ‖μ_r − μ_g‖² + Tr Σ_r + Tr Σ_g − 2 Tr((Σ_r Σ_g)^½)
 * </pre>
 * with covariances normalized by 1/(N − 1), in double precision. The trace term is Σ √max(λ_i, 0) over the
 * eigenvalues of A Σ_g A with A = Σ_r^½, which is symmetric, so both steps are symmetric eigendecompositions
 * (Commons Math). FID is biased at small N: compare only at equal N and with the same features.
 */
public final class FrechetDistance {
    private FrechetDistance() {
    }

    /**
     * @param real the reference features
     * @param generated the features to judge
     * @return the FID, ≥ 0
     */
    public static double between(Features real, Features generated) {
        real.requireComparable(generated);
        double[] muR = mean(real);
        double[] muG = mean(generated);
        RealMatrix sigmaR = covariance(real, muR);
        RealMatrix sigmaG = covariance(generated, muG);
        RealMatrix a = symmetricSqrt(sigmaR);
        RealMatrix product = a.multiply(sigmaG).multiply(a);
        RealMatrix symmetric = product.add(product.transpose()).scalarMultiply(0.5); // remove rounding asymmetry
        double traceSqrt = 0;
        for (double lambda : new EigenDecomposition(symmetric).getRealEigenvalues()) {
            traceSqrt += Math.sqrt(Math.max(lambda, 0));
        }
        double meanTerm = 0;
        for (int i = 0; i < muR.length; i++) {
            meanTerm += (muR[i] - muG[i]) * (muR[i] - muG[i]);
        }
        return Math.max(0, meanTerm + sigmaR.getTrace() + sigmaG.getTrace() - 2 * traceSqrt);
    }

    static double[] mean(Features f) {
        double[] mu = new double[f.dimension()];
        for (double[] row : f.rows()) {
            for (int j = 0; j < mu.length; j++) {
                mu[j] += row[j];
            }
        }
        for (int j = 0; j < mu.length; j++) {
            mu[j] /= f.size();
        }
        return mu;
    }

    static RealMatrix covariance(Features f, double[] mu) {
        int d = mu.length;
        double[][] c = new double[d][d];
        double[] centered = new double[d];
        for (double[] row : f.rows()) {
            for (int j = 0; j < d; j++) {
                centered[j] = row[j] - mu[j];
            }
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++) {
                    c[i][j] += centered[i] * centered[j];
                }
            }
        }
        double norm = Math.max(1, f.size() - 1);
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                c[i][j] /= norm;
                c[j][i] = c[i][j];
            }
        }
        return new Array2DRowRealMatrix(c, false);
    }

    /** @return V diag(√max(λ, 0)) Vᵀ for a symmetric positive semi-definite matrix */
    static RealMatrix symmetricSqrt(RealMatrix m) {
        EigenDecomposition e = new EigenDecomposition(m);
        RealMatrix v = e.getV();
        double[] lambda = e.getRealEigenvalues();
        RealMatrix scaled = v.copy();
        for (int j = 0; j < lambda.length; j++) {
            double s = Math.sqrt(Math.max(lambda[j], 0));
            for (int i = 0; i < lambda.length; i++) {
                scaled.setEntry(i, j, v.getEntry(i, j) * s);
            }
        }
        return scaled.multiply(v.transpose());
    }
}
