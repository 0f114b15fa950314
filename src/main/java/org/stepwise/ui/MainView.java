package org.stepwise.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import javafx.application.Platform;
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
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import org.stepwise.ui.canvas.DrawingPadView;
import org.stepwise.ui.canvas.OutputBarsView;
import org.stepwise.ui.chart.ChartsView;
import org.stepwise.ui.config.ConfigView;
import org.stepwise.ui.inside.InsideView;
import org.stepwise.ui.study.StudyView;
import org.stepwise.ui.training.TrainingControlsView;

/**
 * The window's content: the menu bar; a Train tab with the settings on the
 * left, the training controls and charts in the middle and the drawing pad
 * with its reading on the right; a Studies tab; an "Inside the network" tab;
 * and the status line at the bottom.
 */
public final class MainView extends BorderPane {

    private final MainViewModel model;

    public MainView(MainViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.MAIN_VIEW);

        setTop(menuBar());
        setCenter(tabs());
        setBottom(new StatusBarView(model));
        model.dataErrorProperty().addListener((observable, before, now) ->
                showFailure("The data could not be loaded", now));
        model.network().fileErrorProperty().addListener((observable, before, now) ->
                showFailure("The network file could not be used", now));
    }

    /**
     * "Train": settings, live charts and the drawing pad; "Studies": repeated
     * runs averaged; "Inside the network": its readings and weights.
     */
    private TabPane tabs() {
        BorderPane train = new BorderPane();
        train.setLeft(settings());
        train.setCenter(scrolling(trainingArea()));
        train.setRight(scrolling(readingArea()));
        Tab trainTab = new Tab("Train", train);
        trainTab.setId("trainTab");
        StudyView studyView = new StudyView(model.study(), model.training().curves(),
                model.training().curvesRevisionProperty(), () -> model.training().runConfigProperty().get());
        Tab studyTab = new Tab("Studies", studyView);
        studyTab.setId("studiesTab");
        Tab insideTab = new Tab("Inside the network", new InsideView(model.inside()));
        insideTab.setId("insideTab");
        model.inside().showingProperty().bind(insideTab.selectedProperty());
        TabPane tabs = new TabPane(trainTab, studyTab, insideTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private ConfigView settings() {
        ConfigView settings = new ConfigView(model.config());
        settings.disableProperty().bind(model.training().activeProperty());
        return settings;
    }

    private VBox trainingArea() {
        TrainingControlsView controls = new TrainingControlsView(model.training(),
                model.canStartProperty(), model::start, model.config().problemProperty());
        ChartsView charts = new ChartsView(model.training());
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox area = new VBox(controls, charts);
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
        DrawingPadView pad = new DrawingPadView(model.reading());
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
        quit.setOnAction(event -> Platform.exit());
        Menu file = new Menu("File", null, openNetwork(), saveNetwork(), new SeparatorMenuItem(),
                loadFolder, shipped, new SeparatorMenuItem(), quit);

        MenuItem about = new MenuItem("About Stepwise");
        about.setOnAction(event -> showAbout());
        Menu help = new Menu("Help", null, about);
        return new MenuBar(file, help);
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

    private void chooseNetworkToOpen() {
        FileChooser chooser = networkChooser("Open a network saved by Stepwise");
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.network().open(file.toPath());
        }
    }

    private void chooseFileToSave() {
        FileChooser chooser = networkChooser("Save the network with its settings and history");
        chooser.setInitialFileName("stepwise-network.json");
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen == null) {
            return;
        }
        Path file = withJsonExtension(chosen.toPath());
        if (!Files.exists(file) || confirmReplace(file)) {
            model.network().save(file);
        }
    }

    private static FileChooser networkChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Stepwise networks (*.json)", "*.json"),
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
    private boolean confirmReplace(Path file) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, file.getFileName()
                + " already exists in " + file.toAbsolutePath().getParent()
                + ". Replacing it loses the network it holds.", replace, ButtonType.CANCEL);
        alert.initOwner(getScene().getWindow());
        alert.setTitle("Stepwise");
        alert.setHeaderText("Replace " + file.getFileName() + "?");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == replace;
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
        alert.setTitle("Stepwise");
        alert.setHeaderText(header);
        alert.show();
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, ABOUT);
        about.initOwner(getScene().getWindow());
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
