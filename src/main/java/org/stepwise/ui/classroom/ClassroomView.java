package org.stepwise.ui.classroom;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.stepwise.ui.Styles;

/**
 * Makes the window follow the {@link ClassroomViewModel}: presenter mode
 * (full screen, the presenter style class, only the chosen controls), the
 * theme's style class on the window and its dialogs, and the View menu that
 * switches both. FX thread only.
 */
public final class ClassroomView {

    /** Shown on entering full screen; Esc is kept for Stop, so F leaves. */
    public static final String FULL_SCREEN_HINT = "Presenter mode: press F to leave";

    private final ClassroomViewModel model;
    private final Parent root;
    private final ShownControlsLayout layout;
    private final ChangeListener<Boolean> leftFullScreen = this::fullScreenChanged;
    private Rectangle2D windowedBounds;

    public ClassroomView(ClassroomViewModel model, Parent root, ShownControlsLayout layout) {
        this.model = model;
        this.root = root;
        this.layout = layout;
        model.presenterProperty().addListener((observable, before, now) -> applyPresenter());
        model.shownControls().addListener((SetChangeListener<ShownControl>) change -> {
            if (model.isPresenter()) {
                layout.showOnly(model.shownControls());
            }
        });
        model.themeProperty().addListener((observable, before, now) -> applyTheme(root.getStyleClass()));
        applyTheme(root.getStyleClass());
        root.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, before2, window) -> {
                    // The listener goes with the window: a stage that later shows another
                    // scene (as the tests' shared stage does) must not keep this view alive.
                    if (before2 instanceof Stage old) {
                        old.fullScreenProperty().removeListener(leftFullScreen);
                    }
                    followFullScreen(window);
                });
            }
        });
    }

    /** Toggles presenter mode; the F key and the View menu do this. */
    public void togglePresenter() {
        model.setPresenter(!model.isPresenter());
    }

    private void applyPresenter() {
        boolean on = model.isPresenter();
        if (on) {
            root.getStyleClass().add(Styles.PRESENTER);
            layout.showOnly(model.shownControls());
        } else {
            root.getStyleClass().remove(Styles.PRESENTER);
            layout.restore();
        }
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint(FULL_SCREEN_HINT);
            stage.setFullScreen(on);
            coverScreen(stage, on);
        }
    }

    /**
     * Some window systems (a bare X server, some tiling managers) ignore
     * full screen while JavaFX believes it took effect; the window also
     * covers the screen by its size, so it fills the screen either way, and
     * gets its old bounds back afterwards.
     */
    private void coverScreen(Stage stage, boolean on) {
        if (on && windowedBounds == null) {
            windowedBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight());
            Rectangle2D screen = Screen.getScreensForRectangle(windowedBounds).stream().findFirst()
                    .orElse(Screen.getPrimary()).getBounds();
            setBounds(stage, screen);
        } else if (!on && windowedBounds != null) {
            setBounds(stage, windowedBounds);
            windowedBounds = null;
        }
    }

    private static void setBounds(Stage stage, Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /** Leaving full screen by other means (the window manager) leaves presenter mode too. */
    private void followFullScreen(Window window) {
        if (window instanceof Stage stage) {
            stage.fullScreenProperty().addListener(leftFullScreen);
            if (model.isPresenter()) {
                applyPresenter();
            }
        }
    }

    private void fullScreenChanged(ObservableValue<? extends Boolean> observable, Boolean before,
            Boolean now) {
        if (!now && model.isPresenter()) {
            model.setPresenter(false);
        }
    }

    private void applyTheme(List<String> styleClasses) {
        styleClasses.remove(Styles.DARK);
        if (model.themeProperty().get() == Theme.DARK) {
            styleClasses.add(Styles.DARK);
        }
    }

    /**
     * Gives a dialog the window's style sheets, theme and presenter type, so
     * it reads well in both themes and from the back row.
     */
    public void style(Dialog<?> dialog) {
        style(dialog.getDialogPane());
    }

    public void style(DialogPane pane) {
        pane.getStylesheets().setAll(Styles.stylesheet(), Styles.darkStylesheet());
        applyTheme(pane.getStyleClass());
        // In presenter mode a dialog is read from the back row too.
        pane.getStyleClass().remove(Styles.PRESENTER);
        if (model.isPresenter()) {
            pane.getStyleClass().add(Styles.PRESENTER);
        }
    }

    /** View: presenter mode (F), light or dark, and the controls presenter mode shows. */
    public Menu viewMenu() {
        CheckMenuItem presenter = new CheckMenuItem("Presenter mode\t(F)");
        presenter.setId("presenterItem");
        presenter.selectedProperty().bindBidirectional(model.presenterProperty());

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = themeItem(Theme.LIGHT, "Light theme", themes);
        RadioMenuItem dark = themeItem(Theme.DARK, "Dark theme", themes);

        MenuItem choose = new MenuItem("Choose shown controls\u2026");
        choose.setId("chooseShownItem");
        choose.setOnAction(event -> chooseShownControls());

        Menu view = new Menu("View", null, presenter, choose, new SeparatorMenuItem(), light, dark);
        view.setId("viewMenu");
        return view;
    }

    private RadioMenuItem themeItem(Theme theme, String text, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(theme.id() + "ThemeItem");
        item.setToggleGroup(group);
        item.setSelected(model.themeProperty().get() == theme);
        item.setOnAction(event -> model.themeProperty().set(theme));
        model.themeProperty().addListener((observable, before, now) -> item.setSelected(now == theme));
        return item;
    }

    /** A checkbox per part of the window; OK keeps the ticks, Cancel changes nothing. */
    public void chooseShownControls() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Stepwise");
        dialog.setHeaderText("Which controls does presenter mode show?");
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        Map<ShownControl, CheckBox> boxes = new EnumMap<>(ShownControl.class);
        VBox list = new VBox(6);
        list.getChildren().add(new Label("Start, Pause, Stop, Reset and the charts are always shown."));
        for (ShownControl control : ShownControl.values()) {
            CheckBox box = new CheckBox(control.label());
            box.setId("show-" + control.id());
            box.setSelected(model.shownControls().contains(control));
            boxes.put(control, box);
            list.getChildren().add(box);
        }
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        style(dialog);
        dialog.showAndWait().filter(answer -> answer == ButtonType.OK).ifPresent(answer ->
                boxes.forEach((control, box) -> {
                    if (box.isSelected()) {
                        model.shownControls().add(control);
                    } else {
                        model.shownControls().remove(control);
                    }
                }));
    }
}
