package org.stepwise.ui;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import org.stepwise.data.MnistDataset;
import org.stepwise.model.ModelFile;
import org.stepwise.model.ModelFormatException;
import org.stepwise.model.SavedModel;
import org.stepwise.model.ShippedModel;
import org.stepwise.model.TrainingHistory;
import org.stepwise.network.Network;
import org.stepwise.ui.config.ConfigViewModel;
import org.stepwise.ui.training.TrainingViewModel;

/**
 * Which network the window reads digits with and looks inside, and saving
 * and opening networks.
 *
 * <p>The current network is the training's newest network when there is
 * one (a snapshot while training runs, an opened network before it is
 * trained further), and otherwise the network shipped with Stepwise, which
 * {@link #loadShipped()} reads in the background when the window opens, so
 * that drawing works before any training.
 *
 * <p>Files are read and written on the background executor. Opening a
 * file is all or nothing: a damaged or foreign file leaves everything as
 * it was and puts one sentence naming the file and the problem in
 * {@link #fileErrorProperty()}. All methods run on the FX thread.
 */
public final class NetworkViewModel {

    /** What the reading hint says while the shipped network loads. */
    public static final String LOADING_HINT = "Loading the network that reads digits\u2026";

    private static final Logger LOG = System.getLogger(NetworkViewModel.class.getName());

    /** A network opened from a file, and the file's name for the window's words. */
    private record Opened(SavedModel model, String name) {
    }

    private final Executor background;
    private final TrainingViewModel training;
    private final ConfigViewModel config;

    private final ReadOnlyObjectWrapper<SavedModel> shipped = new ReadOnlyObjectWrapper<>(this, "shipped");
    private final ReadOnlyBooleanWrapper loadingShipped = new ReadOnlyBooleanWrapper(this, "loadingShipped");
    private final ReadOnlyObjectWrapper<CurrentNetwork> current = new ReadOnlyObjectWrapper<>(this,
            "current");
    private BooleanSupplier replaceRunCheck = () -> true;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper fileError = new ReadOnlyStringWrapper(this, "fileError", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Opened opened;

    /**
     * @param background reads and writes files; never the FX thread
     * @param training   whose newest network reads, and which continues an opened one
     * @param config     the settings, which take an opened file's configuration
     */
    public NetworkViewModel(Executor background, TrainingViewModel training, ConfigViewModel config) {
        this.background = background;
        this.training = training;
        this.config = config;
        training.networkProperty().addListener(observable -> updateCurrent());
        shipped.addListener(observable -> updateCurrent());
    }

    /** Reads the shipped network in the background; it reads digits until another takes over. */
    public void loadShipped() {
        loadingShipped.set(true);
        run(ShippedModel::load, model -> {
            loadingShipped.set(false);
            shipped.set(model);
        }, failure -> {
            loadingShipped.set(false);
            LOG.log(Level.WARNING, "could not load the shipped network", failure);
            message.set("The shipped network could not be loaded, so digits are read once a"
                    + " network is trained or opened: " + Formats.sentence(failure));
        });
    }

    /**
     * Opens a model file in the background. On success the settings take
     * its configuration, it reads digits, and Start trains it further; on
     * failure nothing changes and {@link #fileErrorProperty()} says why.
     *
     * @throws IllegalStateException while training runs
     */
    public void open(Path file) {
        open(file, true);
    }

    /**
     * Brings back the run kept when the window last closed: it reads digits
     * and Start trains it further, but the settings stay as they were saved
     * (they may have changed after the run).
     */
    public void restore(Path file) {
        open(file, false);
    }

    private void open(Path file, boolean takeSettings) {
        if (training.isActive()) {
            throw new IllegalStateException("stop training before opening a network");
        }
        String name = nameOf(file);
        start("Opening " + name + "\u2026");
        run(() -> readDigitNetwork(file), model -> opened(model, name, takeSettings),
                failure -> failed("opened", name, failure));
    }

    /** The file's network, checked to read 28 x 28 digits into ten outputs. */
    private static SavedModel readDigitNetwork(Path file) throws IOException {
        SavedModel model = ModelFile.load(file);
        Network network = model.network();
        if (network.inputSize() != MnistDataset.PIXEL_COUNT || network.outputSize() != 10) {
            throw new ModelFormatException(file.toString(), "expected a network that reads 28 x 28"
                    + " digits (784 inputs, 10 outputs) but found " + network.inputSize()
                    + " inputs and " + network.outputSize() + " outputs");
        }
        return model;
    }

    private void opened(SavedModel model, String name, boolean takeSettings) {
        busy.set(false);
        if (training.isActive()) {
            message.set(name + " was not opened because training started meanwhile.");
            return;
        }
        if (takeSettings && !replaceRunCheck.getAsBoolean()) {
            message.set(name + " was not opened; the run in the Train tab stays.");
            return;
        }
        opened = new Opened(model, name);
        training.continueFrom(model);
        if (takeSettings) {
            config.load(model.config());
        }

        boolean continues = config.isValid()
                && TrainingViewModel.fits(model.network(), config.getConfig());
        message.set("Opened " + name + ": " + model.config().networkLabel(
                model.network().inputSize(), model.network().outputSize()) + ", "
                + accuracy(model.history(), "its test set") + ". " + (continues
                ? "Start trains it further."
                : "The settings cannot hold its layers, so Start would train a fresh network."));
    }

    /**
     * Writes the current network, with its configuration and the history of
     * its run, to {@code file} in the background, replacing any file there
     * (the window asks first).
     *
     * @throws IllegalStateException if there is no network yet
     */
    public void save(Path file) {
        SavedModel model = currentModel();
        if (model == null) {
            throw new IllegalStateException("there is no network to save yet");
        }
        String name = nameOf(file);
        String what = current.get() == null ? "the network" : current.get().description();
        start("Saving " + name + "\u2026");
        run(() -> {
            ModelFile.save(file, model);
            return null;
        }, done -> {
            busy.set(false);
            message.set("Saved " + what + " to " + name + ".");
        }, failure -> failed("saved", name, failure));
    }

    /** The network that Save writes: the training's newest, or the shipped one; null while neither exists. */
    public SavedModel currentModel() {
        SavedModel trained = training.currentModel();
        return trained != null ? trained : shipped.get();
    }

    private void start(String note) {
        busy.set(true);
        fileError.set("");
        message.set(note);
    }

    private void failed(String verb, String name, Throwable failure) {
        busy.set(false);
        LOG.log(Level.WARNING, name + " could not be " + verb, failure);
        // Starts with "The file", so that the sentence's capital never changes the file's name.
        String sentence = Formats.sentence("The file " + name + " could not be " + verb + ": "
                + problem(failure));
        message.set("");
        fileError.set(sentence);
    }

    private void updateCurrent() {
        Network trained = training.getNetwork();
        if (trained != null && opened != null && trained == opened.model().network()) {
            current.set(new CurrentNetwork(trained, "the network from " + opened.name() + ", "
                    + accuracy(opened.model().history(), "its test set")));
        } else if (trained != null) {
            current.set(new CurrentNetwork(trained, "your network, step "
                    + Formats.count(training.getNetworkStep())));
        } else if (shipped.get() != null) {
            current.set(new CurrentNetwork(shipped.get().network(), "the shipped network, "
                    + accuracy(shipped.get().history(), "MNIST test")));
        } else {
            current.set(null);
        }
    }

    /** "98.95% on MNIST test", or the steps when no section finished. */
    private static String accuracy(TrainingHistory history, String testSet) {
        if (Double.isNaN(history.fullTestAccuracy())) {
            return Formats.count(history.completedSteps()) + " steps trained";
        }
        return Formats.percent(history.fullTestAccuracy()) + " on " + testSet;
    }

    /**
     * What went wrong, in words, without the path the message already
     * starts with: "the JSON ends too early; the file is truncated".
     */
    static String problem(Throwable failure) {
        if (failure instanceof ModelFormatException format) {
            return withoutPrefix(format.getMessage(), format.source());
        }
        if (failure instanceof FileSystemException system) {
            if (system.getReason() != null) {
                return system.getReason();
            }
            if (failure instanceof NoSuchFileException) {
                return "there is no such file";
            }
            if (failure instanceof AccessDeniedException) {
                return "permission was denied";
            }
            return "the file system refused (" + failure.getClass().getSimpleName() + ")";
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return "an unexpected " + failure.getClass().getSimpleName() + " occurred";
        }
        return message;
    }

    private static String withoutPrefix(String message, String source) {
        String prefix = source + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Runs {@code work} as a task on the background executor; the outcome arrives on the FX thread. */
    private <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> done.accept(task.getValue()));
        task.setOnFailed(event -> failed.accept(task.getException()));
        background.execute(task);
    }

    /**
     * Asked once a file opened by the user has been read and checked, just
     * before it replaces the Train tab's run; false keeps the run. The window
     * asks the person here, so a broken file is refused before any question.
     */
    public void setReplaceRunCheck(BooleanSupplier check) {
        replaceRunCheck = check;
    }

    /** The network that reads digits and is looked inside; null until the shipped one loads. */
    public ReadOnlyObjectProperty<CurrentNetwork> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public CurrentNetwork getCurrent() {
        return current.get();
    }

    /** The shipped network with its history; null until loaded. */
    public ReadOnlyObjectProperty<SavedModel> shippedProperty() {
        return shipped.getReadOnlyProperty();
    }

    /** True while the shipped network is being read. */
    public ReadOnlyBooleanProperty loadingShippedProperty() {
        return loadingShipped.getReadOnlyProperty();
    }

    /** True while a file is being opened or saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /**
     * The last open's or save's failure as one sentence naming the file and
     * the problem, for a dialog; empty while none, and cleared when another
     * starts.
     */
    public ReadOnlyStringProperty fileErrorProperty() {
        return fileError.getReadOnlyProperty();
    }

    public String getFileError() {
        return fileError.get();
    }

    /** A note about the last open or save, for the status line; empty when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
