package org.stepwise.ui.inside;

import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

import org.stepwise.ui.Formats;
import org.stepwise.ui.Styles;

/**
 * The confusion matrix as a heat map: rows the true digit, columns the
 * reading, each cell's count written in it and coloured on a white-to-blue
 * scale by the logarithm of the count, so that a handful of mistakes still
 * shows beside a diagonal of a thousand. Clicking a cell shows its digits in
 * the gallery; clicking it again goes back to all the misread ones.
 *
 * <p>Follows the canvas lifecycle: build, listen to the reading and the
 * selected cell, redraw.
 */
public final class ConfusionMatrixView extends Region {

    /** The side of one cell in pixels. */
    public static final double CELL = 42;

    private static final int DIGITS = TestSetReading.DIGITS;
    private static final double LEFT = 58;
    private static final double TOP = 50;
    private static final double LEGEND_GAP = 26;
    private static final double LEGEND_HEIGHT = 12;
    private static final double WIDTH = LEFT + DIGITS * CELL + 8;
    private static final double HEIGHT = TOP + DIGITS * CELL + LEGEND_GAP + LEGEND_HEIGHT + 28;
    private static final Color INK = Color.web("#1f2328");
    private static final Color MUTED = Color.web("#57606a");
    private static final Color ZERO = Color.web("#b6bec7");
    private static final Color GRID = Color.web("#d0d7de");
    private static final int[] LEGEND_TICKS = {0, 1, 10, 100, 1000};

    private final InsideViewModel model;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final Tooltip tooltip = new Tooltip();
    private int hoverRow = -1;
    private int hoverColumn = -1;

    public ConfusionMatrixView(InsideViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.CONFUSION_MATRIX);
        setId("confusionMatrix");
        getChildren().add(canvas);
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        tooltip.setShowDelay(Duration.millis(200));

        canvas.setOnMouseClicked(this::clicked);
        canvas.setOnMouseMoved(this::hovered);
        canvas.setOnMouseExited(event -> hover(-1, -1));
        model.readingProperty().addListener(observable -> redraw());
        model.selectedCellProperty().addListener(observable -> redraw());
        redraw();
    }

    /** The cell's top-left corner in this view's coordinates, for tests and tooltips. */
    public static double cellX(int column) {
        return LEFT + column * CELL;
    }

    public static double cellY(int row) {
        return TOP + row * CELL;
    }

    private void clicked(MouseEvent event) {
        int row = rowAt(event.getY());
        int column = columnAt(event.getX());
        if (row >= 0 && column >= 0 && model.getReading() != null) {
            model.selectCell(row, column);
        }
    }

    private void hovered(MouseEvent event) {
        hover(rowAt(event.getY()), columnAt(event.getX()));
    }

    private void hover(int row, int column) {
        if (row == hoverRow && column == hoverColumn) {
            return;
        }
        hoverRow = row;
        hoverColumn = column;
        TestSetReading reading = model.getReading();
        boolean onCell = row >= 0 && column >= 0 && reading != null;
        canvas.setCursor(onCell ? Cursor.HAND : Cursor.DEFAULT);
        if (onCell) {
            int count = reading.count(row, column);
            tooltip.setText("Is " + row + ", read as " + column + ": " + Formats.count(count)
                    + (count == 1 ? " digit" : " digits") + ". Click to show them.");
            Tooltip.install(canvas, tooltip);
        } else {
            Tooltip.uninstall(canvas, tooltip);
        }
        redraw();
    }

    private static int rowAt(double y) {
        int row = (int) Math.floor((y - TOP) / CELL);
        return y >= TOP && row < DIGITS ? row : -1;
    }

    private static int columnAt(double x) {
        int column = (int) Math.floor((x - LEFT) / CELL);
        return x >= LEFT && column < DIGITS ? column : -1;
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        drawAxes(g);
        TestSetReading reading = model.getReading();
        double largest = reading == null ? 1 : reading.largestCount();
        for (int row = 0; row < DIGITS; row++) {
            for (int column = 0; column < DIGITS; column++) {
                int count = reading == null ? 0 : reading.count(row, column);
                drawCell(g, row, column, count, largest, reading != null);
            }
        }
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.strokeRect(LEFT + 0.5, TOP + 0.5, DIGITS * CELL - 1, DIGITS * CELL - 1);
        drawSelection(g);
        drawLegend(g, largest);
    }

    private void drawAxes(GraphicsContext g) {
        g.setFill(INK);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFont(Font.font(null, FontWeight.BOLD, 14));
        g.fillText("read as", LEFT + DIGITS * CELL / 2, 12);
        for (int d = 0; d < DIGITS; d++) {
            g.fillText(Integer.toString(d), LEFT + (d + 0.5) * CELL, TOP - 14);
            g.fillText(Integer.toString(d), LEFT - 14, TOP + (d + 0.5) * CELL);
        }
        g.save();
        g.translate(14, TOP + DIGITS * CELL / 2);
        g.rotate(-90);
        g.fillText("true digit", 0, 0);
        g.restore();
    }

    private void drawCell(GraphicsContext g, int row, int column, int count, double largest,
            boolean known) {
        int argb = ColorScales.sequential(shade(count, largest));
        double x = LEFT + column * CELL;
        double y = TOP + row * CELL;
        g.setFill(known ? ColorScales.color(argb) : Color.web("#f1f3f5"));
        g.fillRect(x, y, CELL, CELL);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, CELL - 1, CELL - 1);
        if (!known) {
            return;
        }
        g.setFill(count == 0 ? ZERO : ColorScales.isLight(argb) ? INK : Color.WHITE);
        g.setFont(Font.font(null, row == column ? FontWeight.BOLD : FontWeight.NORMAL,
                count >= 1000 ? 12 : 13));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Integer.toString(count), x + CELL / 2, y + CELL / 2);
    }

    /** Log scale: 0 is white, the largest cell darkest. */
    private static double shade(double count, double largest) {
        return Math.log1p(count) / Math.log1p(largest);
    }

    private void drawSelection(GraphicsContext g) {
        if (hoverRow >= 0 && hoverColumn >= 0 && model.getReading() != null) {
            g.setStroke(MUTED);
            g.setLineWidth(2);
            g.strokeRect(LEFT + hoverColumn * CELL + 1, TOP + hoverRow * CELL + 1, CELL - 2, CELL - 2);
        }
        InsideViewModel.Cell cell = model.selectedCellProperty().get();
        if (cell != null) {
            double x = LEFT + cell.reading() * CELL;
            double y = TOP + cell.label() * CELL;
            // Dark outside, white inside: visible on the palest and the darkest cell alike.
            g.setStroke(INK);
            g.setLineWidth(3);
            g.strokeRect(x + 1.5, y + 1.5, CELL - 3, CELL - 3);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            g.strokeRect(x + 3.5, y + 3.5, CELL - 7, CELL - 7);
        }
    }

    /** A bar of the colour scale with ticks at 0, 1, 10, 100, 1000 where they fit. */
    private void drawLegend(GraphicsContext g, double largest) {
        double x0 = LEFT;
        double width = DIGITS * CELL;
        double y = TOP + DIGITS * CELL + LEGEND_GAP;
        for (int i = 0; i < width; i++) {
            g.setFill(ColorScales.color(ColorScales.sequential(i / (width - 1))));
            g.fillRect(x0 + i, y, 1.5, LEGEND_HEIGHT);
        }
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.strokeRect(x0 + 0.5, y + 0.5, width - 1, LEGEND_HEIGHT - 1);

        g.setFill(MUTED);
        g.setFont(Font.font(null, FontWeight.NORMAL, 12));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int tick : LEGEND_TICKS) {
            if (tick <= largest) {
                double at = x0 + shade(tick, largest) * width;
                g.fillText(Formats.count(tick), Math.min(x0 + width - 14, Math.max(x0 + 6, at)),
                        y + LEGEND_HEIGHT + 3);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("digits per cell (log scale)", x0, y - 3);
    }
}
