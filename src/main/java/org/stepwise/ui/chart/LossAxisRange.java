package org.stepwise.ui.chart;

import java.util.Arrays;

/**
 * Where the loss chart's axis stops, so that a blow-up cannot flatten the curve.
 *
 * <p>The rule: the top is the largest loss shown, but never more than
 * {@value #MEDIAN_MULTIPLE} times the median of the points shown, nor less
 * than the first point (the loss the curve started from, always shown whole). A run that
 * diverges passes through a few enormous but finite losses (1e5, 1e70, 1e138
 * at rate 5.0) before the guard pauses it; plain auto-ranging would let those
 * few points set the scale and press every ordinary point flat against zero.
 * The median is the loss the run typically had, unmoved by a handful of
 * outliers; a point more than ten times above it is drawn leaving the top
 * of the chart, which is how a blow-up should look. A loss that falls
 * steadily, however far (2.3 to 0.01), peaks at its first point and is shown
 * whole. Shortcoming: when most points shown are already from the blow-up
 * (a run that diverged within its first few dozen steps), the median is
 * huge too and the few ordinary points still lie flat until more follow.
 */
final class LossAxisRange {

    static final double MEDIAN_MULTIPLE = 10.0;

    private double[] values = new double[0];

    /**
     * The axis's top for {@code curve}'s points, or NaN when the largest
     * point already fits under the rule (let the axis range itself), or when
     * the curve is empty.
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
        double max = 0.0;
        for (int i = 0; i < size; i++) {
            values[i] = curve.point(i).y();
            max = Math.max(max, values[i]);
        }
        Arrays.sort(values, 0, size);
        double median = size % 2 == 1 ? values[size / 2] : (values[size / 2 - 1] + values[size / 2]) / 2;
        double top = Math.max(MEDIAN_MULTIPLE * median, curve.point(0).y());
        return max > top && top > 0 ? top : Double.NaN;
    }
}
