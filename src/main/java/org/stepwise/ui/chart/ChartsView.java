package org.stepwise.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.value.ObservableValue;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.Formats;
import org.stepwise.ui.Styles;
import org.stepwise.ui.training.TrainingViewModel;

/**
 * The three live charts against the step: batch loss, accuracies, and
 * learning rate. Their x axes share one range, from 0 to the step at which
 * the run ends, so the curves grow across a fixed frame and line up.
 *
 * <p>Lifecycle: built once; listens to the training's curve revision and
 * syncs each series with its aggregated curve (a few points per drain);
 * the charts lay themselves out on the next pulse.
 */
public final class ChartsView extends VBox {

    private static final int TARGET_TICKS = 10;

    private final TrainingViewModel training;
    private final ObservableValue<TrainingConfig> settings;
    private final List<ChartSeriesSync> syncs = new ArrayList<>();
    private final List<NumberAxis> stepAxes = new ArrayList<>();
    private final NumberAxis lossAxis = new NumberAxis();
    private final LossAxisRange lossRange = new LossAxisRange();
    private LineChart<Number, Number> lossChart;

    /** What each chart shows, for its tooltip. */
    private static final Map<String, String> HELP = Map.of(
            "lossChart", "How wrong the network was on each mini-batch it trained on; it"
                    + " falls as the network learns. Long runs show averages of nearby steps.",
            "accuracyChart", "The share of digits read right: the training images of this"
                    + " section so far, 50 random test images after each step, and the whole"
                    + " test set (circles) at the end of each section.",
            "learningRateChart", "The learning rate each step used; the schedule changes it"
                    + " between sections.");

    public ChartsView(TrainingViewModel training) {
        this(training, null);
    }

    /**
     * @param settings the settings' configuration (null when there are none):
     *                 before any run, and after Reset, the loss chart is titled
     *                 with the loss the next Start will use
     */
    public ChartsView(TrainingViewModel training, ObservableValue<TrainingConfig> settings) {
        this.training = training;
        this.settings = settings;
        getStyleClass().add(Styles.CHARTS_VIEW);

        LineChart<Number, Number> loss = lossChart();
        LineChart<Number, Number> accuracy = accuracyChart();
        LineChart<Number, Number> rate = rateChart();
        getChildren().addAll(loss, accuracy, rate);
        for (LineChart<Number, Number> chart : List.of(loss, accuracy, rate)) {
            VBox.setVgrow(chart, Priority.ALWAYS);
        }
        rate.setPrefHeight(200);

        training.curvesRevisionProperty().addListener(observable -> syncAll());
        training.lastChartStepProperty().addListener(observable -> fitStepAxes());
        training.runConfigProperty().addListener(observable -> titleLossChart());
        training.curvesRevisionProperty().addListener(observable -> titleLossChart());
        if (settings != null) {
            settings.addListener(observable -> titleLossChart());
        }
        titleLossChart();
        fitStepAxes();
    }

    private LineChart<Number, Number> lossChart() {
        lossAxis.setLabel("batch loss");
        lossAxis.setForceZeroInRange(true);
        startFromUnitRange(lossAxis);
        LineChart<Number, Number> chart = chart("lossChart", Styles.LOSS_CHART, "Loss", lossAxis);
        lossChart = chart;
        addCurve(chart, "batch loss", training.curves().batchLoss());
        chart.setLegendVisible(false);
        return chart;
    }

    private LineChart<Number, Number> accuracyChart() {
        NumberAxis percent = new NumberAxis("accuracy (%)", 0, 100, 10);
        LineChart<Number, Number> chart =
                chart("accuracyChart", Styles.ACCURACY_CHART, "Accuracy", percent);
        TrainingCurves curves = training.curves();
        addCurve(chart, "training images (running, per section)", curves.trainAccuracy());
        int sample = TrainingConfig.thesis().testSampleSize();
        addCurve(chart, "test sample (" + sample + " random images)", curves.testAccuracy());
        XYChart.Series<Number, Number> fullTest = new XYChart.Series<>();
        fullTest.setName("whole test set (end of each section)");
        chart.getData().add(fullTest);
        syncs.add(new ChartSeriesSync(curves.fullTestAccuracy(), fullTest,
                ChartsView::markFullTestPoint));
        return chart;
    }

    private LineChart<Number, Number> rateChart() {
        NumberAxis rateAxis = new NumberAxis();
        rateAxis.setLabel("rate");
        startFromUnitRange(rateAxis);
        LineChart<Number, Number> chart =
                chart("learningRateChart", Styles.RATE_CHART, "Learning rate", rateAxis);
        addCurve(chart, "learning rate", training.curves().learningRate());
        chart.setLegendVisible(false);
        return chart;
    }

    /** An empty auto-ranging axis keeps its bounds; 0 to 1 reads better than JavaFX's 0 to 100. */
    private static void startFromUnitRange(NumberAxis axis) {
        axis.setLowerBound(0);
        axis.setUpperBound(1);
        axis.setTickUnit(0.25);
    }

    private LineChart<Number, Number> chart(String id, String styleClass, String title,
            NumberAxis yAxis) {
        NumberAxis stepAxis = new NumberAxis();
        stepAxis.setLabel("step");
        stepAxis.setAutoRanging(false);
        stepAxis.setTickLabelFormatter(new CountLabels());
        stepAxes.add(stepAxis);

        LineChart<Number, Number> chart = new LineChart<>(stepAxis, yAxis);
        chart.setId(id);
        chart.getStyleClass().add(styleClass);
        chart.setTitle(title);
        // Every drain moves points; animating each move would only lag behind the data.
        chart.setAnimated(false);
        // Symbols would add a node per point; only the few whole-test points get one.
        chart.setCreateSymbols(false);
        chart.setMinHeight(160);
        Tooltip help = new Tooltip(HELP.get(id));
        help.setWrapText(true);
        help.setMaxWidth(420);
        Tooltip.install(chart, help);
        return chart;
    }

    private void addCurve(LineChart<Number, Number> chart, String name, SeriesAggregator curve) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        chart.getData().add(series);
        syncs.add(new ChartSeriesSync(curve, series));
    }

    /** A whole-test measurement is rare and important: give it a visible dot with its value. */
    private static void markFullTestPoint(XYChart.Data<Number, Number> item,
            SeriesAggregator.Point point) {
        if (!(item.getNode() instanceof FullTestDot)) {
            item.setNode(new FullTestDot());
        }
        ((FullTestDot) item.getNode()).describe(point);
    }

    private void syncAll() {
        syncs.forEach(ChartSeriesSync::sync);
        fitLossAxis();
    }

    /** Auto-ranges the loss axis unless a few huge losses would flatten the rest (see LossAxisRange). */
    private void fitLossAxis() {
        double top = lossRange.clippedTop(training.curves().batchLoss());
        if (Double.isNaN(top)) {
            lossAxis.setAutoRanging(true);
            return;
        }
        double unit = niceTickUnit(top, 5);
        lossAxis.setAutoRanging(false);
        lossAxis.setLowerBound(0);
        lossAxis.setUpperBound(Math.ceil(top / unit) * unit);
        lossAxis.setTickUnit(unit);
    }

    private void fitStepAxes() {
        double last = Math.max(10, training.lastChartStepProperty().get());
        double unit = niceTickUnit(last, TARGET_TICKS);
        for (NumberAxis axis : stepAxes) {
            axis.setLowerBound(0);
            axis.setUpperBound(last);
            axis.setTickUnit(unit);
        }
    }

    /** The run's loss while its curves show; otherwise the loss the next Start will use. */
    private void titleLossChart() {
        TrainingConfig run = training.runConfigProperty().get();
        TrainingConfig next = settings == null ? null : settings.getValue();
        TrainingConfig shown = run != null && !training.curves().isEmpty() ? run
                : next != null ? next : run != null ? run : TrainingConfig.thesis();
        lossChart.setTitle("Loss: " + shown.loss().label());
    }

    /** A tick spacing of 1, 2 or 5 times a power of ten giving about {@code ticks} ticks. */
    static double niceTickUnit(double range, int ticks) {
        double rough = range / ticks;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** Step numbers with thousands grouped: 3,750. */
    private static final class CountLabels extends StringConverter<Number> {

        @Override
        public String toString(Number value) {
            return Formats.count(Math.round(value.doubleValue()));
        }

        @Override
        public Number fromString(String text) {
            return Long.parseLong(text.replace(",", ""));
        }
    }

    /** The dot of one whole-test measurement, with its value in a tooltip. */
    private static final class FullTestDot extends Region {

        private final Tooltip tooltip = new Tooltip();

        FullTestDot() {
            getStyleClass().add(Styles.FULL_TEST_POINT);
            Tooltip.install(this, tooltip);
        }

        void describe(SeriesAggregator.Point point) {
            tooltip.setText("step " + Formats.count(Math.round(point.x())) + ": "
                    + String.format(Locale.ROOT, "%.2f%%", point.y())
                    + " of the whole test set read right");
        }
    }
}
