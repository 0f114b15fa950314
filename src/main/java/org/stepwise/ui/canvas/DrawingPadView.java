package org.stepwise.ui.canvas;

import java.util.ArrayList;
import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

import org.stepwise.ui.Styles;

/**
 * A black square to draw a digit on with a round white pen, by mouse, pen or
 * finger, with Undo (the last stroke; also Ctrl+Z) and Clear.
 *
 * <p>The drawing is read into the view model at most once per frame,
 * however many drag events arrive: a drag only marks the pad dirty, and a
 * timer that runs only while there is something new reads it on the next
 * pulse. The strokes are kept as points, so Undo repaints the others
 * exactly as they were read.
 */
public final class DrawingPadView extends VBox {

    /** The pad's side in canvas pixels: ten per input pixel. */
    public static final double SIDE = 280;

    /**
     * The pen's width. A digit drawn to fill most of the pad is shrunk about
     * tenfold into MNIST's 20-pixel box, which turns 20 pixels into MNIST's
     * typical stroke of about two.
     */
    public static final double PEN_WIDTH = 20;

    private static final KeyCombination UNDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final DigitReadingViewModel model;
    private final Canvas canvas = new Canvas(SIDE, SIDE);
    private final CanvasDigitReader digitReader = new CanvasDigitReader();
    private final List<List<Point2D>> strokes = new ArrayList<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final AnimationTimer reader = new FrameReader();
    private final EventHandler<KeyEvent> undoKey = this::undoOnShortcut;
    private boolean dirty;

    public DrawingPadView(DigitReadingViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.DRAWING_PAD);
        setId("drawingPad");
        canvas.setId("drawingCanvas");
        Tooltip.install(canvas, new Tooltip("Draw one digit, any size, anywhere on the pad."));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::penDown);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::penMoved);

        Label hint = new Label("draw a digit here");
        hint.getStyleClass().add(Styles.PAD_HINT);
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(empty);
        StackPane pad = new StackPane(canvas, hint);
        pad.getStyleClass().add(Styles.PAD_FRAME);
        pad.setMaxSize(SIDE, SIDE);

        getChildren().addAll(pad, buttons());
        sceneProperty().addListener((observable, before, now) -> moveUndoKey(before, now));
        clear();
    }

    private HBox buttons() {
        Button undo = new Button("Undo");
        undo.setId("undoButton");
        undo.setTooltip(new Tooltip("Take back the last stroke (Ctrl+Z)."));
        undo.disableProperty().bind(empty);
        undo.setOnAction(event -> undo());
        Button clear = new Button("Clear");
        clear.setId("clearButton");
        clear.setTooltip(new Tooltip("Wipe the pad to draw another digit (key C)."));
        clear.setOnAction(event -> clear());
        HBox row = new HBox(undo, clear);
        row.getStyleClass().add(Styles.PAD_BUTTONS);
        return row;
    }

    /** Wipes the pad; the reading goes back to its hint. */
    public void clear() {
        strokes.clear();
        repaint();
        dirty = false;
        empty.set(true);
        model.setDrawing(null);
    }

    /** Takes back the last stroke; does nothing on an empty pad. */
    public void undo() {
        if (strokes.isEmpty()) {
            return;
        }
        strokes.remove(strokes.size() - 1);
        if (strokes.isEmpty()) {
            clear();
            return;
        }
        repaint();
        changed();
    }

    /** True while nothing is drawn. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The number of strokes on the pad. */
    public int strokeCount() {
        return strokes.size();
    }

    private void penDown(MouseEvent event) {
        // Takes the focus from any text field, so that Ctrl+Z then undoes a stroke.
        canvas.requestFocus();
        List<Point2D> stroke = new ArrayList<>();
        stroke.add(new Point2D(event.getX(), event.getY()));
        strokes.add(stroke);
        dot(pen(), stroke.get(0));
        changed();
    }

    private void penMoved(MouseEvent event) {
        if (strokes.isEmpty()) {
            return;
        }
        List<Point2D> stroke = strokes.get(strokes.size() - 1);
        Point2D from = stroke.get(stroke.size() - 1);
        Point2D to = new Point2D(event.getX(), event.getY());
        stroke.add(to);
        segment(pen(), from, to);
        changed();
    }

    private void repaint() {
        GraphicsContext pen = pen();
        pen.setFill(Color.BLACK);
        pen.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        for (List<Point2D> stroke : strokes) {
            dot(pen, stroke.get(0));
            for (int i = 1; i < stroke.size(); i++) {
                segment(pen, stroke.get(i - 1), stroke.get(i));
            }
        }
    }

    private GraphicsContext pen() {
        GraphicsContext pen = canvas.getGraphicsContext2D();
        pen.setFill(Color.WHITE);
        pen.setStroke(Color.WHITE);
        pen.setLineWidth(PEN_WIDTH);
        pen.setLineCap(StrokeLineCap.ROUND);
        pen.setLineJoin(StrokeLineJoin.ROUND);
        return pen;
    }

    private static void dot(GraphicsContext pen, Point2D at) {
        pen.fillOval(at.getX() - PEN_WIDTH / 2, at.getY() - PEN_WIDTH / 2, PEN_WIDTH, PEN_WIDTH);
    }

    private static void segment(GraphicsContext pen, Point2D from, Point2D to) {
        pen.strokeLine(from.getX(), from.getY(), to.getX(), to.getY());
    }

    private void changed() {
        empty.set(false);
        dirty = true;
        reader.start();
    }

    /**
     * Ctrl+Z (Cmd+Z on a Mac) anywhere in the window undoes a stroke while the
     * pad is showing, unless a text field has the focus and undoes its own
     * typing. Listened for as the event bubbles up, after the field.
     */
    private void undoOnShortcut(KeyEvent event) {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        if (UNDO.match(event) && !(focused instanceof TextInputControl) && isShowing()) {
            undo();
            event.consume();
        }
    }

    private boolean isShowing() {
        for (Node node = this; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }

    private void moveUndoKey(Scene before, Scene now) {
        if (before != null) {
            before.removeEventHandler(KeyEvent.KEY_PRESSED, undoKey);
        }
        if (now != null) {
            now.addEventHandler(KeyEvent.KEY_PRESSED, undoKey);
        }
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
            // Strokes drawn piece by piece as the pen moves blend their
            // overlaps a little differently from strokes drawn whole, so the
            // pad is repainted from its strokes before it is read: the same
            // strokes then always give the same input, whether drawn or undone to.
            repaint();
            model.setDrawing(digitReader.read(canvas));
        }
    }
}
