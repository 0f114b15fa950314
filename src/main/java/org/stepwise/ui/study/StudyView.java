package org.stepwise.ui.study;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

import org.stepwise.network.Loss;
import org.stepwise.report.StudyCsv;
import org.stepwise.train.ConfigurationSummary;
import org.stepwise.train.Metric;
import org.stepwise.train.SeriesSummary;
import org.stepwise.train.Smoothing;
import org.stepwise.train.StudyConfiguration;
import org.stepwise.train.StudyResult;
import org.stepwise.train.ThesisPresets;
import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.chart.SeriesAggregator;
import org.stepwise.ui.chart.TrainingCurves;

/**
 * The Studies tab: configurations times repeated runs, their mean curves with
 * a band of one standard deviation, a learning-rate chart that previews every
 * schedule before the study starts, the results table, and the export.
 *
 * <p>Lifecycle: built once; redraws its charts when the configurations, the
 * result, the smoothing or the live overlay change.
 */
public final class StudyView extends BorderPane {

    /** The most points drawn per curve; raw curves longer than this are thinned by block means. */
    static final int MAX_RAW_POINTS = 2_000;

    private final StudyViewModel model;
    private final TrainingCurves liveCurves;
    private final Supplier<TrainingConfig> liveConfig;
    private final BandChart rateChart = chart("studyRateChart", "Learning rate of each configuration",
            "rate");
    private final BandChart accuracyChart = chart("studyAccuracyChart",
            "Test accuracy (50 random test images): mean over runs \u00b1 1 sd", "accuracy (%)");
    private final BandChart lossChart = chart("studyLossChart", "Training loss: mean over runs \u00b1 1 sd",
            "batch loss");
    private final CheckBox overlay = new CheckBox("Overlay the Train tab's run");

    /**
     * @param liveCurves the Train tab's curves, overlaid on request
     * @param liveRevision changes whenever those curves do
     * @param liveConfig the settings of the Train tab's run, or null before any run
     */
    public StudyView(StudyViewModel model, TrainingCurves liveCurves, Observable liveRevision,
            Supplier<TrainingConfig> liveConfig) {
        this.model = model;
        this.liveCurves = liveCurves;
        this.liveConfig = liveConfig;
        getStyleClass().add("study-view");
        getStylesheets().add(StudyView.class.getResource("study.css").toExternalForm());

        setLeft(controls());
        SplitPane center = new SplitPane(charts(), table());
        center.setOrientation(javafx.geometry.Orientation.VERTICAL);
        center.setDividerPositions(0.74);
        setCenter(center);

        model.configurations().addListener((Observable o) -> redraw());
        model.resultProperty().addListener(o -> redraw());
        model.blockProperty().addListener(o -> redraw());
        model.rawProperty().addListener(o -> redraw());
        overlay.selectedProperty().addListener(o -> redraw());
        liveRevision.addListener(o -> {
            if (overlay.isSelected()) {
                redraw();
            }
        });
        redraw();
    }

    private ScrollPane controls() {
        ComboBox<ThesisPresets.Preset> presets = new ComboBox<>();
        presets.setId("studyPreset");
        presets.getItems().setAll(ThesisPresets.all());
        presets.valueProperty().bindBidirectional(model.presetProperty());
        presets.setConverter(new StringConverter<>() {
            @Override
            public String toString(ThesisPresets.Preset preset) {
                return preset == null ? "" : preset.name();
            }

            @Override
            public ThesisPresets.Preset fromString(String text) {
                return ThesisPresets.find(text).orElse(null);
            }
        });
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.setPromptText("your own configurations");
        Label presetHelp = new Label();
        presetHelp.setWrapText(true);
        presetHelp.getStyleClass().add("hint-text");
        presetHelp.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.presetProperty().get() == null ? "" : model.presetProperty().get().description(),
                model.presetProperty()));
        presets.setTooltip(new Tooltip(
                "The thesis's experiments by figure. Choosing one replaces the list."));

        ListView<StudyConfiguration> list = new ListView<>(model.configurations());
        list.setId("studyConfigurations");
        list.setPrefHeight(170);
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(StudyConfiguration item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setTooltip(empty || item == null ? null
                        : new Tooltip(item.config().describe(784, 10).replaceFirst(", seed \\d+$", "")));
            }
        });
        Button add = new Button("Add current settings");
        add.setTooltip(new Tooltip("Adds the settings of the Train tab as one more configuration."));
        add.setOnAction(event -> model.addCurrentSettings());
        Button remove = new Button("Remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.remove(list.getSelectionModel().getSelectedItem()));

        Spinner<Integer> runs = wholeNumberSpinner(1, 100, model.runsProperty().get());
        runs.setId("studyRuns");
        runs.valueProperty().addListener((o, before, now) -> model.runsProperty().set(now));
        runs.setTooltip(new Tooltip("Each configuration trains this many times; run i of every configuration "
                + "uses the same seed, so they start from the same weights and batches."));
        Spinner<Integer> block = wholeNumberSpinner(1, 1_000, model.blockProperty().get());
        block.setId("studyBlock");
        block.valueProperty().addListener((o, before, now) -> model.blockProperty().set(now));
        block.setTooltip(new Tooltip(
                "Curves are the means of blocks of this many steps (the thesis used 75)."));
        CheckBox raw = new CheckBox("Raw curves (every step)");
        raw.selectedProperty().bindBidirectional(model.rawProperty());

        Button run = new Button("Run study");
        run.setId("runStudyButton");
        run.getStyleClass().add("start-button");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(event -> model.start());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelStudyButton");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(event -> model.cancel());
        Button resume = new Button("Resume");
        resume.setId("resumeStudyButton");
        resume.visibleProperty().bind(model.resumableProperty());
        resume.managedProperty().bind(resume.visibleProperty());
        resume.disableProperty().bind(model.runningProperty());
        resume.setOnAction(event -> model.resume());
        ProgressBar progress = new ProgressBar();
        progress.setId("studyProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setId("studyStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Button export = new Button("Export CSV and PNG\u2026");
        export.setId("exportStudyButton");
        export.disableProperty().bind(model.exportableProperty().not());
        export.setOnAction(event -> chooseExportFolder());
        overlay.setTooltip(new Tooltip("Draws the run in progress (or the last run) of the Train tab over "
                + "the study's curves, to compare it with the averages."));

        VBox box = new VBox(8,
                section("Preset"), presets, presetHelp,
                section("Configurations"), list, new HBox(8, add, remove),
                section("Runs per configuration"), runs,
                section("Smoothing (steps per point)"), block, raw, overlay,
                new HBox(8, run, cancel, resume), progress, status, export);
        box.setPadding(new Insets(12));
        box.setPrefWidth(330);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("settings-panel");
        return scroll;
    }

    /**
     * An editable spinner that keeps its last valid value when the text is not
     * a whole number in range (JavaFX's own converter throws on the FX thread).
     */
    static Spinner<Integer> wholeNumberSpinner(int min, int max, int initial) {
        Spinner<Integer> spinner = new Spinner<>(min, max, initial);
        spinner.setEditable(true);
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    int parsed = Integer.parseInt(text.trim());
                    return Math.max(min, Math.min(max, parsed));
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        // Commit typed text when the field loses focus, not only on Enter.
        spinner.focusedProperty().addListener((o, before, now) -> {
            if (!now) {
                spinner.increment(0);
            }
        });
        return spinner;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private VBox charts() {
        VBox charts = new VBox(accuracyChart, lossChart, rateChart);
        for (BandChart chart : List.of(accuracyChart, lossChart, rateChart)) {
            VBox.setVgrow(chart, Priority.ALWAYS);
            chart.setMinHeight(170);
        }
        charts.getStyleClass().add("charts-view");
        return charts;
    }

    private TableView<ConfigurationSummary> table() {
        TableView<ConfigurationSummary> table = new TableView<>();
        table.setId("studyTable");
        table.setPlaceholder(new Label("The results table appears when the study ends."));
        table.getColumns().add(column("configuration", ConfigurationSummary::label));
        table.getColumns().add(column("runs", c -> Integer.toString(c.runs().size())));
        table.getColumns().add(column("last-section test accuracy",
                c -> String.format(Locale.ROOT, "%.4f \u00b1 %.4f", c.lastSectionTestMean(),
                c.lastSectionTestSd())));
        table.getColumns().add(column("full test at the end",
                c -> String.format(Locale.ROOT, "%.4f \u00b1 %.4f", c.fullTestMean(), c.fullTestSd())));
        table.getColumns().add(column("last-section loss", c -> String.format(Locale.ROOT, "%.4f",
                c.finalLossMean())));
        table.getColumns().add(column("seconds per run", c -> String.format(Locale.ROOT, "%.1f",
                c.meanSeconds())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.resultProperty().addListener((o, before, now) -> table.getItems().setAll(
                now == null ? List.of() : now.configurations()));
        return table;
    }

    private static TableColumn<ConfigurationSummary, String> column(String title,
            Function<ConfigurationSummary, String> value) {
        TableColumn<ConfigurationSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static BandChart chart(String id, String title, String yLabel) {
        NumberAxis x = new NumberAxis();
        x.setLabel("step (mini-batch)");
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        y.setForceZeroInRange(false);
        BandChart chart = new BandChart(x, y);
        chart.setId(id);
        // Legends on the right keep the charts tall enough to read on a 900-pixel screen.
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        chart.setTitle(title);
        chart.getStyleClass().add("study-chart");
        return chart;
    }

    private void chooseExportFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose the folder for the study's CSV and PNG files");
        File folder = chooser.showDialog(getScene().getWindow());
        if (folder == null) {
            return;
        }
        Path directory = folder.toPath();
        List<Path> existing = model.existingExportFiles(directory);
        if (!existing.isEmpty()) {
            ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OTHER);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, existing.size()
                    + " of the study's files already "
                    + "exist in " + directory + ". Replace them?", replace, ButtonType.CANCEL);
            ask.initOwner(getScene().getWindow());
            ask.setHeaderText("Replace existing files?");
            // Enter keeps the files: replacing them is the choice a person makes on purpose.
            ((Button) ask.getDialogPane().lookupButton(replace)).setDefaultButton(false);
            ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
            if (ask.showAndWait().orElse(ButtonType.CANCEL) != replace) {
                return;
            }
        }
        model.export(directory);
    }

    /** Rebuilds every series: the schedules' preview, and the result's means with their bands. */
    private void redraw() {
        List<XYChart.Series<Number, Number>> rates = new ArrayList<>();
        for (StudyConfiguration c : model.configurations()) {
            rates.add(staircase(c));
        }
        rateChart.getData().setAll(rates);

        StudyResult result = model.resultProperty().get();
        drawMetric(accuracyChart, result, Metric.TEST_ACCURACY, 100.0, liveCurves.testAccuracy());
        drawMetric(lossChart, result, Metric.LOSS, 1.0, liveCurves.batchLoss());
        frame(accuracyChart, 100);
        frame(lossChart, 1);
    }

    /**
     * Fixes the step axes to the longest configuration, a tick per section
     * where that stays readable; an empty value axis shows 0 to
     * {@code emptyTop} instead of JavaFX's arbitrary default.
     */
    private void frame(BandChart chart, double emptyTop) {
        int steps = 1;
        int perSection = 1;
        for (StudyConfiguration c : model.configurations()) {
            steps = Math.max(steps, c.config().totalSteps());
            perSection = c.config().stepsPerSection();
        }
        double tick = steps / perSection <= 20 ? perSection : Math.ceil(steps / 10.0);
        for (BandChart each : List.of(chart, rateChart)) {
            NumberAxis x = (NumberAxis) each.getXAxis();
            x.setAutoRanging(false);
            x.setLowerBound(0);
            x.setUpperBound(steps);
            x.setTickUnit(tick);
        }
        NumberAxis y = (NumberAxis) chart.getYAxis();
        boolean empty = chart.getData().isEmpty();
        y.setAutoRanging(!empty && chart != accuracyChart);
        if (empty) {
            y.setLowerBound(0);
            y.setUpperBound(emptyTop);
            y.setTickUnit(emptyTop / 4);
        } else if (chart == accuracyChart) {
            // Percentages end at 100: auto-ranging would round the top up to 125.
            double lowest = chart.getData().stream().flatMap(series -> series.getData().stream())
                    .mapToDouble(point -> point.getYValue().doubleValue()).min().orElse(0);
            y.setLowerBound(Math.max(0, Math.floor(lowest / 10) * 10));
            y.setUpperBound(100);
            y.setTickUnit(y.getUpperBound() - y.getLowerBound() > 50 ? 10 : 5);
        }
    }

    private void drawMetric(BandChart chart, StudyResult result, Metric metric, double scale,
            SeriesAggregator live) {
        List<XYChart.Series<Number, Number>> lines = new ArrayList<>();
        List<BandChart.Band> bands = new ArrayList<>();
        if (result != null) {
            for (ConfigurationSummary c : result.configurations()) {
                int steps = c.configuration().config().totalSteps();
                int block = model.rawProperty().get() ? Math.max(1, (steps
                        + MAX_RAW_POINTS - 1) / MAX_RAW_POINTS)
                        : model.blockProperty().get();
                SeriesSummary summary = StudyCsv.smoothed(c, metric, block);
                double[] x = Smoothing.blockCenters(steps, block);
                double[] lower = new double[x.length];
                double[] upper = new double[x.length];
                XYChart.Series<Number, Number> line = new XYChart.Series<>();
                line.setName(c.label());
                for (int i = 0; i < x.length; i++) {
                    double mean = summary.mean()[i] * scale;
                    double sd = summary.standardDeviation()[i] * scale;
                    line.getData().add(new XYChart.Data<>(x[i], mean));
                    lower[i] = mean - sd;
                    upper[i] = mean + sd;
                }
                lines.add(line);
                bands.add(new BandChart.Band(x, lower, upper));
            }
        }
        if (overlay.isSelected() && live.size() > 0) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName("Train tab's run" + comparability(result));
            for (SeriesAggregator.Point point : live.points()) {
                // The Train tab counts steps from 1 and keeps accuracies in percent, as this chart does.
                line.getData().add(new XYChart.Data<>(point.x() - 1, point.y()));
            }
            lines.add(line);
            bands.add(null);
        }
        chart.getData().setAll(lines);
        chart.setBands(bands);
    }

    /** A warning for the overlay's legend when the live run's loss differs from the study's. */
    private String comparability(StudyResult result) {
        TrainingConfig live = liveConfig.get();
        if (live == null || result == null || result.configurations().isEmpty()) {
            return "";
        }
        Loss studyLoss = result.configurations().get(0).configuration().config().loss();
        return live.loss() == studyLoss ? "" : " (" + live.loss().label().toLowerCase(Locale.ROOT)
                + ": its loss is not comparable)";
    }

    /** A schedule's rate as a staircase: one flat segment per section, exact at its ends. */
    private static XYChart.Series<Number, Number> staircase(StudyConfiguration c) {
        double[] rates = StudyViewModel.ratePreview(c.config());
        int perSection = c.config().stepsPerSection();
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(c.label());
        for (int section = 0; section < rates.length; section++) {
            long start = (long) section * perSection;
            series.getData().add(new XYChart.Data<>(start, rates[section]));
            series.getData().add(new XYChart.Data<>(start + perSection - 1, rates[section]));
        }
        return series;
    }
}
