package org.stepwise.ui.classroom;

import java.util.EnumMap;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.stepwise.ui.Styles;

/**
 * The classroom keys: single letters and Space that drive the window while
 * no one is typing. They act only when no modifier is held, and never while
 * the focus is in a text field, an editable spinner or combo box, where the
 * same keys are typed characters. Space on a focused button presses that
 * button, as everywhere, except on the training buttons, where it always
 * starts and pauses; Esc in a text field leaves the field instead of
 * stopping a run.
 */
public final class KeyboardShortcuts {

    private final Map<KeyCode, Runnable> actions = new EnumMap<>(KeyCode.class);
    private final Parent home;

    /** @param home where Esc puts the focus when it leaves a text field */
    public KeyboardShortcuts(Parent home) {
        this.home = home;
    }

    public KeyboardShortcuts on(KeyCode key, Runnable action) {
        actions.put(key, action);
        return this;
    }

    /** Handles the keys on {@code scene} before its controls see them. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> handle(scene, event));
    }

    private void handle(Scene scene, KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || event.isShortcutDown() || event.isShiftDown()) {
            return;
        }
        Runnable action = actions.get(event.getCode());
        if (action == null) {
            return;
        }
        Node focus = scene.getFocusOwner();
        if (isTyping(focus)) {
            if (event.getCode() == KeyCode.ESCAPE) {
                home.requestFocus();
                event.consume();
            }
            return;
        }
        if (event.getCode() == KeyCode.SPACE && focus instanceof ButtonBase && !inTrainingControls(focus)) {
            return;
        }
        action.run();
        event.consume();
    }

    /**
     * The focus lands on Start, Step or another training button after a
     * click, or when the button it was on is disabled as a run ends; Space
     * there still means start and pause, as the class expects, not "press
     * whichever button has the focus" (Step, typically).
     */
    private static boolean inTrainingControls(Node focus) {
        for (Node node = focus; node != null; node = node.getParent()) {
            if (node.getStyleClass().contains(Styles.TRAINING_CONTROLS)) {
                return true;
            }
        }
        return false;
    }

    /** True when keys typed on {@code focus} are text. */
    public static boolean isTyping(Node focus) {
        for (Node node = focus; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl text) {
                return text.isEditable();
            }
            if (node instanceof Spinner<?> spinner && spinner.isEditable()
                    || node instanceof ComboBoxBase<?> combo && combo.isEditable()) {
                return true;
            }
        }
        return false;
    }
}
