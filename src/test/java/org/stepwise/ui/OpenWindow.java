package org.stepwise.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Stepwise window opened headless with the shipped MNIST, for tests
 * that use it as a person would: what they click and what they read.
 */
final class OpenWindow {

    final FxRobot robot = new FxRobot();
    private final StepwiseApp app;

    private OpenWindow(StepwiseApp app) {
        this.app = app;
    }

    /** Opens the window and waits until the data and the shipped network have loaded. */
    static OpenWindow open() throws Exception {
        return open(new StepwiseApp.StartOptions(null, false));
    }

    /** Opens the window with these options and waits as {@link #open()} does. */
    static OpenWindow open(StepwiseApp.StartOptions options) throws Exception {
        FxToolkit.registerPrimaryStage();
        StepwiseApp app = (StepwiseApp) FxToolkit.setupApplication(() -> new StepwiseApp(options));
        OpenWindow window = new OpenWindow(app);
        window.await(() -> !window.node("#startButton").isDisabled()
                && app.model().network().getCurrent() != null);
        return window;
    }

    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    MainViewModel model() {
        return app.model();
    }

    /** Presses on the pad at {@code start} (pad coordinates) and drags by {@code offset}. */
    void drawStroke(Point2D start, Point2D offset) {
        robot.moveTo(node("#drawingCanvas"), Pos.TOP_LEFT, start, Motion.DIRECT)
                .press(MouseButton.PRIMARY)
                .moveBy(offset.getX(), offset.getY())
                .release(MouseButton.PRIMARY);
        settle();
    }

    /**
     * Lets the FX thread handle every event the robot sent and then draw a
     * few frames, so that work done once per frame (reading the pad) has
     * seen all of them.
     */
    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits up to 30 seconds for a condition checked on the FX thread. */
    void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(condition));
    }

    String text(String id) throws Exception {
        return fx(() -> ((Label) node(id)).getText());
    }

    Node node(String id) {
        return robot.lookup(id).query();
    }

    static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    static void fxRun(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }
}
