package org.stepwise.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.WindowEvent;

import org.stepwise.network.Gemm;
import org.stepwise.ui.canvas.DrawingPadView;
import org.stepwise.ui.canvas.OutputBarsView;
import org.stepwise.ui.chart.ChartsView;
import org.stepwise.ui.classroom.ClassroomView;
import org.stepwise.ui.classroom.KeyboardShortcuts;
import org.stepwise.ui.classroom.SettingsPanelParts;
import org.stepwise.ui.classroom.ShownControl;
import org.stepwise.ui.classroom.ShownControlsLayout;
import org.stepwise.ui.config.ConfigView;
import org.stepwise.ui.inside.InsideView;
import org.stepwise.ui.lesson.Lesson;
import org.stepwise.ui.lesson.LessonSaveDialog;
import org.stepwise.ui.lesson.LessonView;
import org.stepwise.ui.lesson.ShippedLessons;
import org.stepwise.ui.study.StudyView;
import org.stepwise.ui.training.TrainingControlsView;
import org.stepwise.ui.training.TrainingViewModel;

/**
 * The window's content: the menu bar; a Train tab with the settings on the
 * left, the training controls and charts in the middle and the drawing pad
 * with its reading on the right; a Studies tab; an "Inside the network" tab;
 * and the status line at the bottom.
 */
public final class MainView extends BorderPane {

    private final MainViewModel model;
    private TabPane tabs;
    private final ShownControlsLayout shownLayout = new ShownControlsLayout();
    private final ClassroomView classroom;
    private DrawingPadView pad;

    public MainView(MainViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.MAIN_VIEW);
        classroom = new ClassroomView(model.classroom(), this, shownLayout);

        setTop(menuBar());
        setCenter(tabs());
        setBottom(new StatusBarView(model));
        sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null && before == null) {
                keys().install(scene);
            }
        });
        model.dataErrorProperty().addListener((observable, before, now) ->
                showFailure("The data could not be loaded", now));
        model.network().fileErrorProperty().addListener((observable, before, now) ->
                showFailure("The network file could not be used", now));
        model.network().setReplaceRunCheck(this::confirmReplacingRun);
        model.lessons().errorProperty().addListener((observable, before, now) ->
                showFailure("The lesson could not be used", now));
    }

    /**
     * "Train": settings, live charts and the drawing pad; "Studies": repeated
     * runs averaged; "Inside the network": its readings and weights.
     */
    private TabPane tabs() {
        BorderPane train = new BorderPane();
        train.setLeft(settings());
        train.setCenter(scrolling(trainingArea()));
        ScrollPane reading = scrolling(readingArea());
        // Up and down only: a vertical bar must not squeeze the pad into a sideways scroll too.
        reading.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        reading.getStyleClass().add(Styles.READING_SCROLL);
        // The scroll pane itself goes when the pad is hidden, so the charts take its width.
        shownLayout.add(ShownControl.DRAWING, reading);
        train.setRight(reading);
        Tab trainTab = new Tab("Train", train);
        trainTab.setId("trainTab");
        StudyView studyView = new StudyView(model.study(), model.training().curves(),
                model.training().curvesRevisionProperty(), () -> model.training().runConfigProperty().get());
        Tab studyTab = new Tab("Studies", studyView);
        studyTab.setId("studiesTab");
        Tab insideTab = new Tab("Inside the network", new InsideView(model.inside()));
        insideTab.setId("insideTab");
        model.inside().showingProperty().bind(insideTab.selectedProperty());
        shownLayout.add(ShownControl.STUDIES, studyTab);
        shownLayout.add(ShownControl.INSIDE, insideTab);
        tabs = new TabPane(trainTab, studyTab, insideTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /** The id of the selected tab, such as "trainTab", kept between launches. */
    public String selectedTabId() {
        return tabs.getSelectionModel().getSelectedItem().getId();
    }

    /** Selects the tab of that id; an unknown id (a hand-edited file) leaves the selection. */
    public void selectTab(String id) {
        tabs.getTabs().stream().filter(tab -> tab.getId().equals(id)).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    private ConfigView settings() {
        ConfigView settings = new ConfigView(model.config());
        settings.disableProperty().bind(model.training().activeProperty());
        if (settings.getContent() instanceof Parent content) {
            SettingsPanelParts.register(shownLayout, content, settings);
        }
        return settings;
    }

    private VBox trainingArea() {
        TrainingControlsView controls = new TrainingControlsView(model.training(),
                model.canStartProperty(), model::start, model::stepOnce,
                model.config().problemProperty());
        shownLayout.add(ShownControl.PACE, controls.lookup("#paceBox"));
        shownLayout.add(ShownControl.PACE, controls.lookup("#stepButton"));
        ChartsView charts = new ChartsView(model.training(), model.config().configProperty());
        VBox.setVgrow(charts, Priority.ALWAYS);
        LessonView lesson = new LessonView(model.classroom(), model.lessons()::closeText);
        VBox area = new VBox(lesson, controls, charts);
        area.getStyleClass().add(Styles.TRAINING_AREA);
        return area;
    }

    /**
     * Fills the space given exactly, and scrolls only when the window is too
     * small for the area's least size (1024 x 768, 1280 x 720), so nothing that
     * matters is cut off. Shortcoming: at 1024 x 768 the charts' long titles
     * keep the middle column a little wider than its space, so it scrolls
     * sideways by a few dozen pixels.
     */
    private static ScrollPane scrolling(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private VBox readingArea() {
        pad = new DrawingPadView(model.reading());
        VBox area = new VBox(pad, new OutputBarsView(model.reading()));
        area.getStyleClass().add(Styles.READING_AREA);
        return area;
    }

    private MenuBar menuBar() {
        MenuItem loadFolder = new MenuItem("Load IDX data folder\u2026");
        loadFolder.setOnAction(event -> chooseDataFolder());
        loadFolder.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        MenuItem shipped = new MenuItem("Use shipped MNIST");
        shipped.setOnAction(event -> model.loadShippedData());
        var busy = model.training().activeProperty().or(model.loadingDataProperty());
        loadFolder.disableProperty().bind(busy);
        shipped.disableProperty().bind(busy);
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        // As the window's close button does, so that closing during training asks first.
        quit.setOnAction(event -> getScene().getWindow().fireEvent(
                new WindowEvent(getScene().getWindow(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu("File", null, openNetwork(), saveNetwork(), new SeparatorMenuItem(),
                openLesson(), saveLesson(), shippedLessons(), new SeparatorMenuItem(),
                loadFolder, shipped, new SeparatorMenuItem(), quit);

        MenuItem about = new MenuItem("About Stepwise");
        about.setOnAction(event -> showAbout());
        Menu help = new Menu("Help", null, about);
        return new MenuBar(file, trainMenu(), classroom.viewMenu(), help);
    }

    /**
     * The classroom keys (see README "In the classroom"). They are single
     * keys, not menu accelerators, because menu accelerators would also fire
     * while someone types the same letter into a field.
     */
    private KeyboardShortcuts keys() {
        TrainingViewModel training = model.training();
        return new KeyboardShortcuts(this)
                .on(KeyCode.SPACE, () -> {
                    if (training.isActive()) {
                        training.togglePause();
                    } else {
                        model.start();
                    }
                })
                .on(KeyCode.S, model::stepOnce)
                .on(KeyCode.R, () -> {
                    if (!training.isActive()) {
                        training.reset();
                    }
                })
                .on(KeyCode.C, () -> pad.clear())
                .on(KeyCode.ESCAPE, training::stop)
                .on(KeyCode.F, classroom::togglePresenter);
    }

    /**
     * The training commands with their keys shown, for those who look for them in a menu.
     * Known shortcoming: JavaFX menu items take no tooltips, so menu items
     * explain themselves only by their names and keys.
     */
    private Menu trainMenu() {
        TrainingViewModel training = model.training();
        MenuItem start = new MenuItem("Start  (Space)");
        start.setOnAction(event -> model.start());
        start.disableProperty().bind(model.canStartProperty().not());
        MenuItem pause = new MenuItem("Pause or resume  (Space)");
        pause.setOnAction(event -> training.togglePause());
        pause.disableProperty().bind(training.activeProperty().not());
        MenuItem step = new MenuItem("One step  (S)");
        step.setOnAction(event -> model.stepOnce());
        MenuItem stop = new MenuItem("Stop  (Esc)");
        stop.setOnAction(event -> training.stop());
        stop.disableProperty().bind(training.activeProperty().not());
        MenuItem reset = new MenuItem("Reset  (R)");
        reset.setOnAction(event -> training.reset());
        reset.disableProperty().bind(training.activeProperty());
        MenuItem clear = new MenuItem("Clear the drawing pad  (C)");
        clear.setOnAction(event -> pad.clear());
        return new Menu("Train", null, start, pause, step, stop, reset, new SeparatorMenuItem(), clear);
    }

    private MenuItem openNetwork() {
        MenuItem open = new MenuItem("Open network\u2026");
        open.setId("openNetworkItem");
        open.disableProperty().bind(model.training().activeProperty()
                .or(model.network().busyProperty()));
        open.setOnAction(event -> chooseNetworkToOpen());
        return open;
    }

    private MenuItem saveNetwork() {
        MenuItem save = new MenuItem("Save network\u2026");
        save.setId("saveNetworkItem");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.disableProperty().bind(model.network().currentProperty().isNull()
                .or(model.network().busyProperty()));
        save.setOnAction(event -> chooseFileToSave());
        return save;
    }

    private MenuItem openLesson() {
        MenuItem open = new MenuItem("Open lesson\u2026");
        open.setId("openLessonItem");
        open.disableProperty().bind(model.training().activeProperty());
        open.setOnAction(event -> {
            File file = lessonChooser("Open a Stepwise lesson").showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.lessons().open(file.toPath());
            }
        });
        return open;
    }

    private MenuItem saveLesson() {
        MenuItem save = new MenuItem("Save lesson\u2026");
        save.setId("saveLessonItem");
        save.disableProperty().bind(model.config().validProperty().not());
        save.setOnAction(event -> {
            Optional<Lesson> lesson = LessonSaveDialog.ask(getScene().getWindow(), model.classroom(),
                    model.lessons());
            if (lesson.isEmpty()) {
                return;
            }
            FileChooser chooser = lessonChooser("Save the lesson");
            chooser.setInitialFileName("lesson.json");
            File chosen = chooser.showSaveDialog(getScene().getWindow());
            if (chosen == null) {
                return;
            }
            Path file = withJsonExtension(chosen.toPath());
            if (!Files.exists(file) || confirmReplace(file, "the lesson it holds")) {
                model.lessons().save(file, lesson.get());
            }
        });
        return save;
    }

    /** The lessons shipped in assets/lessons, each opened with one click. */
    private Menu shippedLessons() {
        Menu lessons = new Menu("Lessons");
        lessons.setId("shippedLessonsMenu");
        for (ShippedLessons.Entry entry : ShippedLessons.ENTRIES) {
            String fileName = entry.fileName();
            MenuItem item = new MenuItem(entry.menuName());
            item.setId("lesson-" + fileName.replace(".json", ""));
            item.disableProperty().bind(model.training().activeProperty());
            item.setOnAction(event -> model.lessons().openShipped(fileName));
            lessons.getItems().add(item);
        }
        return lessons;
    }

    private static FileChooser lessonChooser(String title) {
        return jsonChooser(title, "Stepwise lessons (*.json)");
    }

    private void chooseNetworkToOpen() {
        FileChooser chooser = networkChooser("Open a network saved by Stepwise");
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.network().open(file.toPath());
        }
    }

    /** Opening a network replaces the Train tab's run; a run with steps is not dropped without asking. */
    private boolean confirmReplacingRun() {
        long steps = model.training().lastChartStepProperty().get();
        if (model.training().curves().isEmpty() || steps <= 0) {
            return true;
        }
        return confirm("Replace the run in the Train tab?", "The Train tab holds a run of "
                + Formats.count(steps) + " steps. Opening a network replaces it and its curves;"
                + " to keep it, cancel and use File \u203a Save network first.", "Open anyway");
    }

    private void chooseFileToSave() {
        FileChooser chooser = networkChooser("Save the network with its settings and history");
        chooser.setInitialFileName("stepwise-network.json");
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen == null) {
            return;
        }
        Path file = withJsonExtension(chosen.toPath());
        if (!Files.exists(file) || confirmReplace(file, "the network it holds")) {
            model.network().save(file);
        }
    }

    private static FileChooser networkChooser(String title) {
        return jsonChooser(title, "Stepwise networks (*.json)");
    }

    private static FileChooser jsonChooser(String title, String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(kind, "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    /** The chooser leaves the name as typed; a saved network always ends in .json. */
    private static Path withJsonExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? file
                : file.resolveSibling(name + ".json");
    }

    /**
     * Asks before replacing a file. Most platforms' save dialogs ask too, but
     * not all, and not about the name with .json added, so the window asks
     * itself.
     */
    private boolean confirmReplace(Path file, String loses) {
        return confirm("Replace " + file.getFileName() + "?", file.getFileName() + " already exists in "
                + file.toAbsolutePath().getParent() + ". Replacing it loses " + loses + ".", "Replace");
    }

    /** Asks a yes-or-cancel question in the window's theme; true when {@code yes} was chosen. */
    private boolean confirm(String header, String text, String yes) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yesButton, ButtonType.CANCEL);
        alert.initOwner(getScene().getWindow());
        classroom.style(alert);
        alert.setTitle("Stepwise");
        alert.setHeaderText(header);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yesButton;
    }

    private void chooseDataFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose a folder with the four IDX files (such as Fashion-MNIST)");
        File folder = chooser.showDialog(getScene().getWindow());
        if (folder != null) {
            model.loadDataFolder(folder.toPath());
        }
    }

    private void showFailure(String header, String sentence) {
        if (sentence == null || sentence.isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence);
        alert.initOwner(getScene().getWindow());
        classroom.style(alert);
        alert.setTitle("Stepwise");
        alert.setHeaderText(header);
        alert.show();
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, ABOUT + "\n\nMatrix products run on "
                + Gemm.describeBackend() + ".");
        about.initOwner(getScene().getWindow());
        classroom.style(about);
        about.setTitle("About Stepwise");
        about.setHeaderText("Stepwise");
        about.getDialogPane().setPrefWidth(560);
        about.show();
    }

    private static final String ABOUT = """
            Stepwise lets you watch a small neural network learn to read \
            handwritten digits, change how it learns, and draw digits for it \
            to read.

            It grows from the thesis by Boivie and Bellander, "Implementation \
            and Optimisation of a Neural Network \u2014 How stepping schedules \
            affect learning", KTH, 2021.

            MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, \
            used under the Creative Commons Attribution-Share Alike 3.0 \
            licence (CC BY-SA 3.0).""";
}
