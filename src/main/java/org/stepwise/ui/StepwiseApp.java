package org.stepwise.ui;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.stepwise.ui.persist.SessionKeeper;

/**
 * The Stepwise window. {@link #launchWith} starts it from the launcher;
 * tests build it with {@link #StepwiseApp(StartOptions)}.
 */
public final class StepwiseApp extends Application {

    /** The window's size when the screen has room for it. */
    public static final double DEFAULT_WIDTH = 1400;
    public static final double DEFAULT_HEIGHT = 900;

    private static final Logger LOG = System.getLogger(StepwiseApp.class.getName());

    /**
     * How the window starts.
     *
     * @param dataDirectory a folder of IDX files to load, or null for the shipped MNIST
     * @param startTraining press Start as soon as the data is loaded (for a classroom screen)
     * @param lesson        a lesson file to open at launch, or null
     * @param home          where settings and the last run are kept between launches, or null to
     *                      keep nothing (the tests of other parts of the window)
     * @param present       open in presenter mode: full screen, large type
     */
    public record StartOptions(Path dataDirectory, boolean startTraining, Path lesson, Path home,
            boolean present) {

        /** Opens no lesson, keeps nothing between launches, not in presenter mode. */
        public StartOptions(Path dataDirectory, boolean startTraining) {
            this(dataDirectory, startTraining, null, null, false);
        }

        /** Not in presenter mode. */
        public StartOptions(Path dataDirectory, boolean startTraining, Path lesson, Path home) {
            this(dataDirectory, startTraining, lesson, home, false);
        }
    }

    // Application.launch makes the instance itself, so the options travel through here.
    private static volatile StartOptions launchOptions = new StartOptions(null, false);

    private final StartOptions options;
    private ExecutorService background;
    private MainViewModel model;
    private SessionKeeper keeper;

    /** Used by {@link Application#launch}: takes the options given to {@link #launchWith}. */
    public StepwiseApp() {
        this(launchOptions);
    }

    public StepwiseApp(StartOptions options) {
        this.options = options;
    }

    /**
     * Opens the window and returns when it closes.
     *
     * @param dataDirOrNull a folder of IDX files, or null for the shipped MNIST
     * @param startTraining start training as soon as the data is loaded
     */
    public static void launchWith(Path dataDirOrNull, boolean startTraining) {
        launchWith(new StartOptions(dataDirOrNull, startTraining));
    }

    /** Opens the window with these options and returns when it closes. */
    public static void launchWith(StartOptions options) {
        launchOptions = options;
        Application.launch(StepwiseApp.class);
    }

    @Override
    public void start(Stage stage) {
        background = Executors.newCachedThreadPool(new WorkerThreads());
        model = new MainViewModel(background);

        MainView view = new MainView(model);
        keeper = new SessionKeeper(options.home(), model, view);
        keeper.restoreSettings();
        Scene scene = new Scene(view, fittedWidth(), fittedHeight());
        scene.getStylesheets().addAll(Styles.stylesheet(), Styles.darkStylesheet());
        stage.setTitle("Stepwise");
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(680);
        keeper.restorePlace(stage);
        stage.setOnCloseRequest(event -> keeper.onCloseRequest(stage, event));
        stage.show();
        if (options.present()) {
            model.classroom().setPresenter(true);
        }

        LOG.log(Level.INFO, () -> "window opens with " + (options.dataDirectory() == null
                ? "the shipped MNIST" : options.dataDirectory())
                + (options.startTraining() ? ", training at once" : "")
                + (options.present() ? ", in presenter mode" : ""));
        model.loadShippedNetwork();
        model.loadData(options.dataDirectory());
        keeper.restoreRun();
        keeper.restoreStudy();
        if (options.lesson() != null) {
            // The lesson's settings must be in place before --train presses Start.
            model.lessons().open(options.lesson(), options.startTraining() ? model::startWhenReady : () ->
                    { });
        } else if (options.startTraining()) {
            model.startWhenReady();
        }
    }

    @Override
    public void stop() {
        if (model != null) {
            model.shutdown();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }

    /** The window's view model, for tests. */
    MainViewModel model() {
        return model;
    }

    private static double fittedWidth() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return Math.min(DEFAULT_WIDTH, screen.getWidth());
    }

    private static double fittedHeight() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return Math.min(DEFAULT_HEIGHT, screen.getHeight());
    }

    /** Daemon threads, so that a run still stopping never outlives the window. */
    private static final class WorkerThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "stepwise-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
