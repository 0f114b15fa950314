package org.stepwise.ui;

import java.io.File;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

import org.stepwise.ui.canvas.DrawingPadView;
import org.stepwise.ui.canvas.OutputBarsView;
import org.stepwise.ui.chart.ChartsView;
import org.stepwise.ui.config.ConfigView;
import org.stepwise.ui.study.StudyView;
import org.stepwise.ui.training.TrainingControlsView;

/**
 * The window's content: the menu bar; a Train tab with the settings on the
 * left, the training controls and charts in the middle and the drawing pad
 * with its reading on the right; a Studies tab; and the status line at the
 * bottom.
 */
public final class MainView extends BorderPane {

    private final MainViewModel model;

    public MainView(MainViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.MAIN_VIEW);

        setTop(menuBar());
        setCenter(tabs());
        setBottom(new StatusBarView(model));
        model.dataErrorProperty().addListener((observable, before, now) -> showLoadFailure(now));
    }

    /** "Train": settings, live charts and the drawing pad; "Studies": repeated runs averaged. */
    private TabPane tabs() {
        BorderPane train = new BorderPane();
        train.setLeft(settings());
        train.setCenter(trainingArea());
        train.setRight(readingArea());
        Tab trainTab = new Tab("Train", train);
        trainTab.setId("trainTab");
        StudyView studyView = new StudyView(model.study(), model.training().curves(),
                model.training().curvesRevisionProperty(), () -> model.training().runConfigProperty().get());
        Tab studyTab = new Tab("Studies", studyView);
        studyTab.setId("studiesTab");
        TabPane tabs = new TabPane(trainTab, studyTab);
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
        Menu file = new Menu("File", null, loadFolder, shipped, new SeparatorMenuItem(), quit);

        MenuItem about = new MenuItem("About Stepwise");
        about.setOnAction(event -> showAbout());
        Menu help = new Menu("Help", null, about);
        return new MenuBar(file, help);
    }

    private void chooseDataFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose a folder with the four IDX files (such as Fashion-MNIST)");
        File folder = chooser.showDialog(getScene().getWindow());
        if (folder != null) {
            model.loadDataFolder(folder.toPath());
        }
    }

    private void showLoadFailure(String sentence) {
        if (sentence == null || sentence.isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence);
        alert.initOwner(getScene().getWindow());
        alert.setTitle("Stepwise");
        alert.setHeaderText("The data could not be loaded");
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
