package id.sigap.monitoring;

/**
 * Poisson arithmetic for honest growth figures: the chance of a count at least this high at an expected
 * rate, and the exact (Garwood) interval for the rate behind an observed count. A projection built on it
 * says only "if the present rate holds, the next window will most likely hold this many", with the
 * interval for the rate; it does not pretend to know whether the rate will hold.
 */
final class RateInterval {

    private RateInterval() {
    }

    /** P(X >= k) for X ~ Poisson(lambda). */
    static double tail(int k, double lambda) {
        return k <= 0 ? 1 : 1 - cdf(k - 1, lambda);
    }

    /** P(X <= k) for X ~ Poisson(lambda), summed in log space. */
    static double cdf(int k, double lambda) {
        if (lambda <= 0) {
            return 1;
        }
        double sum = 0;
        double logTerm = -lambda;
        for (int i = 0; i <= k; i++) {
            if (i > 0) {
                logTerm += Math.log(lambda) - Math.log(i);
            }
            sum += Math.exp(logTerm);
        }
        return Math.min(1, sum);
    }

    /** The two-sided exact interval for the mean of a Poisson count {@code k}, at the given confidence (e.g. 0.9). */
    static double[] mean(int k, double confidence) {
        double alpha = (1 - confidence) / 2;
        double lower = k == 0 ? 0 : solve(lambda -> tail(k, lambda) - alpha, k);
        double upper = solve(lambda -> alpha - cdf(k, lambda), k);
        return new double[]{lower, upper};
    }

    /** Bisection for an increasing function of lambda crossing zero somewhere in (0, k*4+20). */
    private static double solve(java.util.function.DoubleUnaryOperator f, int k) {
        double lo = 0;
        double hi = k * 4.0 + 20;
        for (int i = 0; i < 80; i++) {
            double mid = (lo + hi) / 2;
            if (f.applyAsDouble(mid) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
