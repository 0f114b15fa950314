package org.stepwise.ui.study;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * A line chart that draws, behind each mean curve, a band between a lower
 * and an upper curve (the mean ± one standard deviation over runs).
 *
 * <p>LineChart has no bands, so this chart adds one filled {@link Path} per
 * band to its plot and re-traces it in {@link #layoutPlotChildren()}, after the
 * lines are laid out, in the axes' display coordinates. A band takes the
 * style classes {@code study-band} and {@code study-band-N}, N being its
 * series index modulo 8, like LineChart's own {@code default-colorN}.
 */
final class BandChart extends LineChart<Number, Number> {

    /** One band: x values with their lower and upper bounds. */
    record Band(double[] x, double[] lower, double[] upper) {
    }

    private final List<Path> paths = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();

    BandChart(NumberAxis xAxis, NumberAxis yAxis) {
        super(xAxis, yAxis, FXCollections.observableArrayList());
        setAnimated(false);
        setCreateSymbols(false);
    }

    /** Replaces every band; {@code newBands.get(i)} goes behind series i, null for none. */
    void setBands(List<Band> newBands) {
        getPlotChildren().removeAll(paths);
        paths.clear();
        bands.clear();
        for (int i = 0; i < newBands.size(); i++) {
            Path path = new Path();
            path.getStyleClass().addAll("study-band", "study-band-" + (i % 8));
            path.setManaged(false);
            paths.add(path);
            bands.add(newBands.get(i));
        }
        getPlotChildren().addAll(0, paths);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        for (int b = 0; b < bands.size(); b++) {
            Band band = bands.get(b);
            List<PathElement> elements = new ArrayList<>();
            if (band != null && band.x().length > 1) {
                int n = band.x().length;
                elements.add(new MoveTo(x.getDisplayPosition(band.x()[0]), y.getDisplayPosition(band.upper()[0])));
                for (int i = 1; i < n; i++) {
                    elements.add(new LineTo(x.getDisplayPosition(band.x()[i]),
                            y.getDisplayPosition(band.upper()[i])));
                }
                for (int i = n - 1; i >= 0; i--) {
                    elements.add(new LineTo(x.getDisplayPosition(band.x()[i]),
                            y.getDisplayPosition(band.lower()[i])));
                }
                elements.add(new ClosePath());
            }
            paths.get(b).getElements().setAll(elements);
        }
    }
}
