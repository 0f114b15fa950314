package org.stepwise.ui.chart;

import java.util.Arrays;

/**
 * Where the loss chart's axis stops, so that a blow-up cannot flatten the curve.
 *
 * <p>The rule: points more than {@value #OUTLIER_MULTIPLE} times the typical
 * loss are a blow-up and may leave the top of the chart; the top is the
 * largest of the other points. The typical loss is the smaller of the median
 * of the points shown and the first point (the loss the curve started from).
 *
 * <p>Why: a run that diverges passes through a few enormous but finite
 * losses (1e5, 1e70, 1e138 at rate 5.0) before the guard pauses it; plain
 * auto-ranging would let those few points set the scale and press every
 * ordinary point flat against zero. Real blow-ups jump by many orders of
 * magnitude, while a loss that learns well rarely falls more than a hundred
 * times below where it started, so the start of an ordinary curve stays in
 * view. The median stands for the run after a blow-up at its very start
 * (whose first point, averaged over a block of steps, is itself huge); the
 * first point stands for a run that blew up within its first dozen steps,
 * whose median is huge too. Shortcoming: a loss that falls more than a
 * hundredfold has its first few points cut at the top.
 */
final class LossAxisRange {

    static final double OUTLIER_MULTIPLE = 100.0;

    private double[] values = new double[0];

    /**
     * The axis's top for {@code curve}'s points, or NaN when no point is a
     * blow-up (let the axis range itself), or when the curve is empty.
     */
    double clippedTop(SeriesAggregator curve) {
        int size = curve.size();
        if (size == 0) {
            return Double.NaN;
        }
        if (values.length < size) {
            // Grows to the curve's point limit once, then is reused on every redraw.
            values = new double[Math.max(size, 2 * values.length)];
        }
        for (int i = 0; i < size; i++) {
            values[i] = curve.point(i).y();
        }
        Arrays.sort(values, 0, size);
        double median = size % 2 == 1 ? values[size / 2] : (values[size / 2 - 1] + values[size / 2]) / 2;
        double typical = Math.min(median, curve.point(0).y());
        double bound = OUTLIER_MULTIPLE * typical;
        if (values[size - 1] <= bound || !(typical > 0)) {
            return Double.NaN;
        }
        double top = 0.0;
        for (int i = 0; i < size && values[i] <= bound; i++) {
            top = values[i];
        }
        return top > 0 ? top : bound;
    }
}
