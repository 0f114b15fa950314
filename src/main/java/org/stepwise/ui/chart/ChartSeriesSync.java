package org.stepwise.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Path;

/**
 * Keeps one chart series equal to an aggregated curve, touching only the
 * points that changed since the last sync: usually the last one or two, and
 * every point only when the curve has just merged its blocks.
 */
final class ChartSeriesSync {

    private final SeriesAggregator curve;
    private final XYChart.Series<Number, Number> series;
    private final BiConsumer<XYChart.Data<Number, Number>, SeriesAggregator.Point> decorator;

    /**
     * @param decorator called for each new or moved point, before a new one is
     *     added to the chart, so it can give the point a node
     */
    ChartSeriesSync(SeriesAggregator curve, XYChart.Series<Number, Number> series,
            BiConsumer<XYChart.Data<Number, Number>, SeriesAggregator.Point> decorator) {
        this.curve = curve;
        this.series = series;
        this.decorator = decorator;
    }

    ChartSeriesSync(SeriesAggregator curve, XYChart.Series<Number, Number> series) {
        this(curve, series, (data, point) -> { });
    }

    void sync() {
        int from = curve.firstChangedIndex();
        if (from == SeriesAggregator.UNCHANGED) {
            return;
        }
        ObservableList<XYChart.Data<Number, Number>> data = series.getData();
        int size = curve.size();
        if (data.size() > size) {
            data.remove(size, data.size());
        }
        if (size == 0) {
            eraseLine();
        }

        for (int i = from; i < data.size(); i++) {
            move(data.get(i), curve.point(i));
        }
        List<XYChart.Data<Number, Number>> added = new ArrayList<>();
        for (int i = data.size(); i < size; i++) {
            XYChart.Data<Number, Number> item = new XYChart.Data<>();
            move(item, curve.point(i));
            added.add(item);
        }
        data.addAll(added);
        curve.markSeen();
    }

    /**
     * Workaround for JDK-8283675 (fixed in JavaFX 22): a LineChart rebuilds a
     * series' line only while the series has points, so a series emptied by
     * Reset or a fresh start kept drawing its old line, at old pixel positions
     * under new axes, until new points arrived.
     */
    private void eraseLine() {
        if (series.getNode() instanceof Path line) {
            line.getElements().clear();
        }
    }

    private void move(XYChart.Data<Number, Number> item, SeriesAggregator.Point point) {
        item.setXValue(point.x());
        item.setYValue(point.y());
        decorator.accept(item, point);
    }
}
