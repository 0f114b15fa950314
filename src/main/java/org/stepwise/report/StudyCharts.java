package org.stepwise.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.stepwise.train.ConfigurationSummary;
import org.stepwise.train.Metric;
import org.stepwise.train.SeriesSummary;
import org.stepwise.train.Smoothing;
import org.stepwise.train.StudyResult;

/**
 * Draws a study's mean curves, each with a band of one standard deviation
 * over runs, as PNG files with axes, title and legend.
 *
 * <p>Drawn with Java2D (JFreeChart), so the headless study command and the
 * window's export make the same pictures without a screen.
 */
public final class StudyCharts {

    /** The metrics a study export draws, each to its own file. */
    public static final List<Metric> EXPORTED = List.of(Metric.LOSS, Metric.TEST_ACCURACY,
            Metric.TRAIN_ACCURACY, Metric.LEARNING_RATE);

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 750;

    private StudyCharts() {
    }

    /** Writes one PNG per exported metric into {@code directory}; returns their paths. */
    public static List<Path> write(StudyResult result, int block, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (Metric metric : EXPORTED) {
            Path file = directory.resolve(result.plan().name() + "-" + metric.column().replace('_', '-')
                    + ".png");
            // The learning rate is drawn raw: its staircase is the point, and smoothing would blur it.
            int metricBlock = metric == Metric.LEARNING_RATE ? 1 : block;
            ChartUtils.saveChartAsPNG(file.toFile(), chart(result, metric, metricBlock), WIDTH, HEIGHT);
            files.add(file);
        }
        return files;
    }

    /**
     * The chart of one metric: each configuration's mean over runs, smoothed
     * by blocks of {@code block} steps (1 for the raw curve), with its band.
     */
    public static JFreeChart chart(StudyResult result, Metric metric, int block) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        for (ConfigurationSummary c : result.configurations()) {
            SeriesSummary summary = block > 1 ? StudyCsv.smoothed(c, metric, block) : c.summary(metric);
            double[] steps = block > 1 ? Smoothing.blockCenters(c.configuration().config().totalSteps(),
                    block)
                    : null;
            YIntervalSeries series = new YIntervalSeries(c.label(), false, true);
            for (int i = 0; i < summary.steps(); i++) {
                double mean = summary.mean()[i];
                double sd = summary.standardDeviation()[i];
                if (Double.isFinite(mean)) {
                    series.add(steps != null ? steps[i] : i, mean, mean - sd, mean + sd);
                }
            }
            dataset.addSeries(series);
        }

        NumberAxis x = new NumberAxis("step (mini-batch)");
        NumberAxis y = new NumberAxis(metric.label());
        y.setAutoRangeIncludesZero(metric == Metric.LEARNING_RATE);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        for (int i = 0; i < result.configurations().size(); i++) {
            Color colour = Palette.awt(i);
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesFillPaint(i, colour);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));

        String smoothing = block > 1 ? ", blocks of " + block + " steps" : ", every step";
        String title = result.plan().name() + ": " + metric.label();
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 22), plot, true);
        chart.addSubtitle(new org.jfree.chart.title.TextTitle("mean of " + result.plan().runs()
                + " runs, band: ±1 standard deviation" + smoothing
                + (result.cancelled() ? " (study cancelled: finished configurations only)" : "")));
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        // Space after each label, so one configuration's name does not run into the next one's line.
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 18));
        return chart;
    }
}
