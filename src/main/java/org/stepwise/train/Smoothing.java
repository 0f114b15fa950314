package org.stepwise.train;

/**
 * The thesis's smoothing: the mean of each block of consecutive steps
 * (75 steps of 3,750 give 50 points).
 */
public final class Smoothing {

    /** The thesis's block size. */
    public static final int THESIS_BLOCK = 75;

    private Smoothing() {
    }

    /**
     * The mean of each block of {@code block} values; a last, shorter block is
     * averaged over the values it has.
     */
    public static double[] blockMeans(double[] values, int block) {
        if (block < 1) {
            throw new IllegalArgumentException("the block size must be at least 1 step, got " + block);
        }
        int blocks = (values.length + block - 1) / block;
        double[] means = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            int from = b * block;
            int to = Math.min(values.length, from + block);
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += values[i];
            }
            means[b] = sum / (to - from);
        }
        return means;
    }

    /** The step at the middle of each block, where a smoothed point is drawn. */
    public static double[] blockCenters(int steps, int block) {
        int blocks = (steps + block - 1) / block;
        double[] centers = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            int from = b * block;
            int to = Math.min(steps, from + block);
            centers[b] = (from + to - 1) / 2.0;
        }
        return centers;
    }
}
