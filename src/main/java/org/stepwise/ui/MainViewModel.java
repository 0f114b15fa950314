package org.stepwise.ui;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import org.stepwise.data.Datasets;
import org.stepwise.data.ShippedData;
import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.canvas.DigitReadingViewModel;
import org.stepwise.ui.classroom.ClassroomViewModel;
import org.stepwise.ui.config.ConfigViewModel;
import org.stepwise.ui.inside.InsideViewModel;
import org.stepwise.ui.lesson.LessonViewModel;
import org.stepwise.ui.study.StudyViewModel;
import org.stepwise.ui.training.TrainingService;
import org.stepwise.ui.training.TrainingState;
import org.stepwise.ui.training.TrainingViewModel;

/**
 * The whole window's state: which data is loaded, the settings, the
 * training, the network that reads (and its files), the digit reading, the
 * Inside tab, and the status line that sums them up.
 *
 * <p>Data loads on the background executor and arrives on the FX thread; a
 * start asked for before the data is there (the launcher's --train) happens
 * as soon as it is. All methods run on the FX thread.
 */
public final class MainViewModel {

    private static final Logger LOG = System.getLogger(MainViewModel.class.getName());

    private final Executor background;
    private final StudyViewModel study;
    private final ConfigViewModel config = new ConfigViewModel(TrainingConfig.thesis());
    private final TrainingViewModel training;
    private final DigitReadingViewModel reading = new DigitReadingViewModel();
    private final NetworkViewModel network;
    private final InsideViewModel inside;
    private final ClassroomViewModel classroom = new ClassroomViewModel();
    private final LessonViewModel lessons;

    private final ReadOnlyObjectWrapper<Datasets> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyBooleanWrapper loadingData =
            new ReadOnlyBooleanWrapper(this, "loadingData");
    private final ReadOnlyStringWrapper dataSummary =
            new ReadOnlyStringWrapper(this, "dataSummary", "No data loaded");
    private final ReadOnlyStringWrapper dataError =
            new ReadOnlyStringWrapper(this, "dataError", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError =
            new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final BooleanBinding canStart;
    private final StringBinding stateText;
    private boolean startWhenLoaded;
    /** Why Start was refused, as last shown; cleared from the status line once the settings are valid. */
    private String problemShown = "";

    /** @param background runs data loading and training; never the FX thread */
    public MainViewModel(Executor background) {
        this(background, Platform::runLater);
    }

    /**
     * @param background runs data loading, training and the Inside tab's work; never the FX thread
     * @param fxThread   hands background results to the FX thread
     */
    public MainViewModel(Executor background, Executor fxThread) {
        this.background = background;
        training = new TrainingViewModel(new TrainingService(background));
        study = new StudyViewModel(background, this::getData,
                () -> config().isValid() ? config().getConfig() : null);
        network = new NetworkViewModel(background, training, config);
        inside = new InsideViewModel(background, fxThread);
        lessons = new LessonViewModel(background, fxThread, config, classroom, training::isActive,
                training.paceProperty());
        lessons.messageProperty().addListener((observable, before, now) -> showMessage(now, false));
        lessons.errorProperty().addListener((observable, before, now) -> {
            if (!now.isEmpty()) {
                showMessage(now, true);
            }
        });
        bindReading();
        inside.networkProperty().bind(network.currentProperty());
        inside.testSetProperty().bind(Bindings.createObjectBinding(
                () -> data.get() == null ? null : data.get().test(), data));

        canStart = data.isNotNull().and(loadingData.not()).and(config.validProperty())
                .and(training.activeProperty().not());
        stateText = Bindings.createStringBinding(this::describeState, training.stateProperty(),
                training.finalAccuracyProperty(), loadingData);
        training.messageProperty().addListener((observable, before, now) ->
                showMessage(now, training.getState() == TrainingState.FAILED));
        network.messageProperty().addListener((observable, before, now) -> showMessage(now, false));
        network.fileErrorProperty().addListener((observable, before, now) -> {
            if (!now.isEmpty()) {
                showMessage(now, true);
            }
        });
        config.configProperty().addListener((observable, before, now) -> planSteps(now));
        config.validProperty().addListener((observable, before, valid) -> {
            // "Fix the batch size to start." is over once the settings are valid again.
            if (valid && messageIsError.get() && message.get().equals(problemShown)) {
                showMessage("", false);
            }
        });
        // The divergence banner's remedy lowers the run's rate; the settings follow, for the next Start.
        training.setOnRateLowered(factor -> {
            Double rate = config.learningRate().getValue();
            if (rate != null) {
                config.learningRate().setText(TrainingViewModel.rateText(rate * factor));
            }
        });
        planSteps(config.getConfig());
    }

    /** The pad reads with the current network and says which one it is. */
    private void bindReading() {
        var current = network.currentProperty();
        reading.networkProperty().bind(Bindings.createObjectBinding(
                () -> current.get() == null ? null : current.get().network(), current));
        reading.sourceProperty().bind(Bindings.createStringBinding(
                () -> current.get() == null ? "" : "Reading with " + current.get().description(),
                current));
        reading.noNetworkHintProperty().bind(Bindings.when(network.loadingShippedProperty())
                .then(NetworkViewModel.LOADING_HINT).otherwise(DigitReadingViewModel.NO_NETWORK_HINT));
    }

    /** Reads the shipped network in the background, so digits are read before any training. */
    public void loadShippedNetwork() {
        network.loadShipped();
    }

    /** Loads the MNIST shipped in assets/mnist, checking its checksums. */
    public void loadShippedData() {
        load("MNIST (shipped with Stepwise)", ShippedData::loadMnist);
    }

    /** Loads the four IDX files of a folder, such as Fashion-MNIST's. */
    public void loadDataFolder(Path folder) {
        Path name = folder.toAbsolutePath().getFileName();
        String shown = name == null ? folder.toString() : name.toString();
        load(shown, () -> Datasets.fromDirectory(folder));
    }

    /** Loads {@code folder}, or the shipped MNIST when it is null. */
    public void loadData(Path folder) {
        if (folder == null) {
            loadShippedData();
        } else {
            loadDataFolder(folder);
        }
    }

    private void load(String name, Callable<Datasets> loader) {
        if (training.isActive()) {
            throw new IllegalStateException("stop training before loading other data");
        }
        Task<Datasets> task = new Task<>() {
            @Override
            protected Datasets call() throws Exception {
                return loader.call();
            }
        };
        task.setOnSucceeded(event -> loaded(name, task.getValue()));
        task.setOnFailed(event -> loadFailed(name, task.getException()));

        loadingData.set(true);
        dataError.set("");
        showMessage("Loading " + name + "\u2026", false);
        background.execute(task);
    }

    private void loaded(String name, Datasets loaded) {
        loadingData.set(false);
        data.set(loaded);
        config.trainingImagesProperty().set(loaded.training().size());
        dataSummary.set(name + " \u00b7 " + Formats.count(loaded.training().size()) + " training / "
                + Formats.count(loaded.test().size()) + " test images");
        training.reset();
        showMessage("", false);
        if (startWhenLoaded) {
            startWhenLoaded = false;
            start();
        }
    }

    private void loadFailed(String name, Throwable failure) {
        LOG.log(Level.WARNING, "could not load " + name, failure);
        loadingData.set(false);
        startWhenLoaded = false;
        // The exception's message already names the folder or file and what was wrong with it.
        String sentence = Formats.sentence(failure);
        dataError.set(sentence);
        showMessage("Could not load the data: " + sentence + (data.get() == null
                ? " Use File \u203a Use shipped MNIST, or load another folder."
                : " The data loaded before stays in use."), true);
    }

    /** Starts training with the current settings, if they and the data allow it. */
    public void start() {
        if (explainWhyNotStartable()) {
            return;
        }
        if (messageIsError.get()) {
            // An old error (a folder that failed to load, a refused file) is over once training starts.
            showMessage("", false);
        }
        training.start(config.getConfig(), data.get());
    }

    /** Shows why training cannot start, when it cannot; true then. */
    private boolean explainWhyNotStartable() {
        if (canStart.get()) {
            return false;
        }
        problemShown = config.isValid() ? "Training cannot start yet." : config.getProblem();
        showMessage(problemShown, true);
        return true;
    }

    /**
     * Trains one mini-batch: one more step of a paused run, or a new run
     * that stops after its first step. Checks the data and settings as
     * Start does.
     */
    public void stepOnce() {
        if (training.isActive()) {
            training.stepOnce(null, null);
        } else if (!explainWhyNotStartable()) {
            training.stepOnce(config.getConfig(), data.get());
        }
    }

    /** Presses Start as soon as the data has loaded (or now, if it has). */
    public void startWhenReady() {
        if (loadingData.get() || data.get() == null) {
            startWhenLoaded = true;
        } else {
            start();
        }
    }

    /** Stops training, for closing the window. */
    public void shutdown() {
        training.shutdown();
    }

    private void planSteps(TrainingConfig planned) {
        if (planned != null) {
            training.setPlannedSteps(planned.totalSteps());
        }
    }

    private void showMessage(String text, boolean isError) {
        messageIsError.set(isError);
        message.set(text);
    }

    private String describeState() {
        if (loadingData.get()) {
            return "Loading data\u2026";
        }
        TrainingState state = training.getState();
        double accuracy = training.getFinalAccuracy();
        if (state == TrainingState.FINISHED && !Double.isNaN(accuracy)) {
            return "Finished \u00b7 full test accuracy " + Formats.percent(accuracy);
        }
        if (state == TrainingState.STOPPED && !Double.isNaN(accuracy)) {
            // A stopped run's newest whole-test reading is from its last finished section.
            return "Stopped \u00b7 full test accuracy " + Formats.percent(accuracy)
                    + " at the last section's end";
        }
        return state.label();
    }

    public ConfigViewModel config() {
        return config;
    }

    /** The Studies tab's state. */
    public StudyViewModel study() {
        return study;
    }

    public TrainingViewModel training() {
        return training;
    }

    public DigitReadingViewModel reading() {
        return reading;
    }

    /** The network that reads, and saving and opening networks. */
    public NetworkViewModel network() {
        return network;
    }

    /** The "Inside the network" tab's state. */
    public InsideViewModel inside() {
        return inside;
    }

    /** Presenter mode, theme, shown controls and the open lesson's text. */
    public ClassroomViewModel classroom() {
        return classroom;
    }

    /** Opening and saving lessons. */
    public LessonViewModel lessons() {
        return lessons;
    }

    /** Puts a note in the status line, such as what was restored at launch. */
    public void showNote(String text, boolean isError) {
        showMessage(text, isError);
    }

    /** The loaded training and test sets; null until the first load succeeds. */
    public ReadOnlyObjectProperty<Datasets> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public Datasets getData() {
        return data.get();
    }

    public ReadOnlyBooleanProperty loadingDataProperty() {
        return loadingData.getReadOnlyProperty();
    }

    public boolean isLoadingData() {
        return loadingData.get();
    }

    /** Such as "MNIST (shipped with Stepwise) · 60,000 training / 10,000 test images". */
    public ReadOnlyStringProperty dataSummaryProperty() {
        return dataSummary.getReadOnlyProperty();
    }

    /** The last load's failure as a sentence, for a dialog; empty when it succeeded. */
    public ReadOnlyStringProperty dataErrorProperty() {
        return dataError.getReadOnlyProperty();
    }

    /** The newest note or error, one sentence; empty when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** True when Start would start a run. */
    public BooleanBinding canStartProperty() {
        return canStart;
    }

    /** Such as "Training", "Paused" or "Finished · full test accuracy 91.34%". */
    public StringBinding stateTextProperty() {
        return stateText;
    }

    public String getStateText() {
        return stateText.get();
    }
}
