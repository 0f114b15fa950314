package org.stepwise.ui.canvas;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

import org.stepwise.ui.Styles;

/**
 * A black square to draw a digit on with a round white pen, by mouse, pen or
 * finger, and a Clear button.
 *
 * <p>The drawing is read into the view model at most once per frame,
 * however many drag events arrive: a drag only marks the pad dirty, and a
 * timer that runs only while there is something new reads it on the next
 * pulse.
 */
public final class DrawingPadView extends VBox {

    /** The pad's side in canvas pixels: ten per input pixel. */
    public static final double SIDE = 280;

    /** The pen's width: a little over two input pixels, like MNIST's strokes. */
    public static final double PEN_WIDTH = 22;

    private final DigitReadingViewModel model;
    private final Canvas canvas = new Canvas(SIDE, SIDE);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final AnimationTimer reader = new FrameReader();
    private double lastX;
    private double lastY;
    private boolean dirty;

    public DrawingPadView(DigitReadingViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.DRAWING_PAD);
        canvas.setId("drawingCanvas");
        Tooltip.install(canvas, new Tooltip("Draw one digit, large and centred, with the"
                + " mouse or a pen."));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::penDown);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::penMoved);

        Label hint = new Label("draw a digit here");
        hint.getStyleClass().add(Styles.PAD_HINT);
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(empty);
        StackPane pad = new StackPane(canvas, hint);
        pad.getStyleClass().add(Styles.PAD_FRAME);
        pad.setMaxSize(SIDE, SIDE);

        Button clear = new Button("Clear");
        clear.setId("clearButton");
        clear.setTooltip(new Tooltip("Wipe the pad to draw another digit."));
        clear.setOnAction(event -> clear());
        getChildren().addAll(pad, clear);
        clear();
    }

    /** Wipes the pad; the reading goes back to its hint. */
    public void clear() {
        GraphicsContext pen = canvas.getGraphicsContext2D();
        pen.setFill(Color.BLACK);
        pen.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        dirty = false;
        empty.set(true);
        model.setInputs(null);
    }

    /** True while nothing is drawn. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    private void penDown(MouseEvent event) {
        lastX = event.getX();
        lastY = event.getY();
        GraphicsContext pen = canvas.getGraphicsContext2D();
        pen.setFill(Color.WHITE);
        pen.fillOval(lastX - PEN_WIDTH / 2, lastY - PEN_WIDTH / 2, PEN_WIDTH, PEN_WIDTH);
        inked();
    }

    private void penMoved(MouseEvent event) {
        GraphicsContext pen = canvas.getGraphicsContext2D();
        pen.setStroke(Color.WHITE);
        pen.setLineWidth(PEN_WIDTH);
        pen.setLineCap(StrokeLineCap.ROUND);
        pen.setLineJoin(StrokeLineJoin.ROUND);
        pen.strokeLine(lastX, lastY, event.getX(), event.getY());
        lastX = event.getX();
        lastY = event.getY();
        inked();
    }

    private void inked() {
        empty.set(false);
        dirty = true;
        reader.start();
    }

    /** Reads the pad on the next pulse after it changed, then sleeps until it changes again. */
    private final class FrameReader extends AnimationTimer {

        @Override
        public void handle(long now) {
            if (!dirty) {
                stop();
                return;
            }
            dirty = false;
            model.setInputs(CanvasDigitReader.read(canvas));
        }
    }
}
