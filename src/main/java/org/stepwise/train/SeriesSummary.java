package org.stepwise.train;

import java.util.List;

/**
 * One metric across the runs of a configuration, step by step: the mean,
 * the sample standard deviation (0 for a single run), the minimum and the maximum.
 */
public record SeriesSummary(double[] mean, double[] standardDeviation, double[] min, double[] max) {

    /** Summarizes equally long per-run series. */
    public static SeriesSummary of(List<double[]> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a summary needs at least one run");
        }
        int steps = runs.get(0).length;
        double[] mean = new double[steps];
        double[] sd = new double[steps];
        double[] min = new double[steps];
        double[] max = new double[steps];
        int n = runs.size();
        for (int s = 0; s < steps; s++) {
            double sum = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] run : runs) {
                sum += run[s];
                lo = Math.min(lo, run[s]);
                hi = Math.max(hi, run[s]);
            }
            double m = sum / n;
            double squares = 0;
            for (double[] run : runs) {
                squares += (run[s] - m) * (run[s] - m);
            }
            mean[s] = m;
            sd[s] = n > 1 ? Math.sqrt(squares / (n - 1)) : 0.0;
            min[s] = lo;
            max[s] = hi;
        }
        return new SeriesSummary(mean, sd, min, max);
    }

    public int steps() {
        return mean.length;
    }
}
