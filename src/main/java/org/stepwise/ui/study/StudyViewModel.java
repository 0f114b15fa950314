package org.stepwise.ui.study;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import org.stepwise.data.Datasets;
import org.stepwise.model.StudyProgressFile;
import org.stepwise.report.StudyCharts;
import org.stepwise.report.StudyCsv;
import org.stepwise.train.RunControl;
import org.stepwise.train.RunRecord;
import org.stepwise.train.Smoothing;
import org.stepwise.train.StudyConfiguration;
import org.stepwise.train.StudyListener;
import org.stepwise.train.StudyPlan;
import org.stepwise.train.StudyResult;
import org.stepwise.train.StudyRunner;
import org.stepwise.train.ThesisPresets;
import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.Formats;

/**
 * The state and commands of the Studies view: which configurations, how many
 * runs, the running study's progress, its result, and its export.
 *
 * <p>A study runs in a JavaFX {@link Task} on the background executor; its
 * progress reaches the FX thread through the Task's own coalesced updates,
 * never one call per step. Properties are read and written on the FX thread.
 */
public final class StudyViewModel {

    private static final Logger LOG = System.getLogger(StudyViewModel.class.getName());

    /** The name of a study whose configurations the user chose by hand. */
    public static final String CUSTOM_NAME = "custom-study";

    private final Executor background;
    private final Supplier<Datasets> data;
    private final Supplier<TrainingConfig> currentSettings;

    private final ObservableList<StudyConfiguration> configurations = FXCollections.observableArrayList();
    private final ObjectProperty<ThesisPresets.Preset> preset = new SimpleObjectProperty<>();
    private final IntegerProperty runs = new SimpleIntegerProperty(StudyPlan.THESIS_RUNS);
    private final IntegerProperty block = new SimpleIntegerProperty(Smoothing.THESIS_BLOCK);
    private final BooleanProperty raw = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status =
            new ReadOnlyStringWrapper("Pick a preset or add configurations, then press Run study.");
    private final ReadOnlyObjectWrapper<StudyResult> result = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding exportable = Bindings.createBooleanBinding(
            () -> !running.get() && result.get() != null && !result.get().configurations().isEmpty(),
            running, result);
    private String name = CUSTOM_NAME;
    private RunControl control;
    // Keeping studies between launches: the progress file, and a study stopped part-way that can resume.
    private Path progressFile;
    private StudyProgressFile.Progress unfinished;
    private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper(false);

    /**
     * @param background runs the study and exports
     * @param data the data set the window trains on (null while loading)
     * @param currentSettings the Train tab's current settings, for "Add current settings"
     */
    public StudyViewModel(Executor background, Supplier<Datasets> data,
            Supplier<TrainingConfig> currentSettings) {
        this.background = background;
        this.data = data;
        this.currentSettings = currentSettings;
        preset.addListener((observable, before, now) -> applyPreset(now));
        preset.set(ThesisPresets.find("figure-9").orElseThrow());
    }

    private void applyPreset(ThesisPresets.Preset chosen) {
        if (chosen == null) {
            return;
        }
        configurations.setAll(chosen.configurations().get());
        name = chosen.name();
    }

    /** Adds the Train tab's settings as one more configuration. */
    public void addCurrentSettings() {
        TrainingConfig config = currentSettings.get();
        if (config == null) {
            status.set("The Train tab's settings are not valid yet; fix them there first.");
            return;
        }
        String label = config.networkLabel(784, 10) + " " + config.optimizer().label() + " "
                + ThesisPresets.label(config.schedule());
        String unique = label;
        for (int n = 2; labelTaken(unique); n++) {
            unique = label + " (" + n + ")";
        }
        StudyConfiguration added = new StudyConfiguration(unique, config);
        try {
            new StudyPlan(CUSTOM_NAME, "", List.of(added), Math.max(1, runs.get()), 1)
                    .checkFitsInMemory(availableMemory());
        } catch (IllegalArgumentException e) {
            status.set("Not added: " + e.getMessage() + ".");
            return;
        }
        configurations.add(added);
        becomeCustom();
    }

    /** Once the list is edited it is no longer the preset: files and titles say "custom-study". */
    private void becomeCustom() {
        name = CUSTOM_NAME;
        preset.set(null);
    }

    private boolean labelTaken(String label) {
        return configurations.stream().anyMatch(c -> c.label().equals(label));
    }

    /** Removes one configuration. */
    public void remove(StudyConfiguration configuration) {
        if (configurations.remove(configuration)) {
            becomeCustom();
        }
    }

    /** Starts the study; reports in the status line why it cannot when it cannot. */
    public void start() {
        Datasets datasets = data.get();
        if (running.get()) {
            return;
        }
        if (datasets == null) {
            status.set("The data is still loading; try again in a moment.");
            return;
        }
        if (configurations.isEmpty()) {
            status.set("Add at least one configuration first.");
            return;
        }
        StudyPlan plan;
        try {
            plan = new StudyPlan(name, describe(), configurations, runs.get(), 1);
            plan.checkFitsInMemory(availableMemory());
        } catch (IllegalArgumentException e) {
            status.set(Formats.sentence(e.getMessage()));
            return;
        }
        runPlan(plan, datasets, Map.of());
    }

    /**
     * Keeps studies in {@code file}: each finished run is written there, a
     * finished study found there comes back as the result, and a study
     * stopped part-way is offered for {@link #resume()}. Reads the file in
     * the background; a damaged file is named in the status line and ignored.
     */
    public void keepStudiesIn(Path file) {
        progressFile = file;
        if (!Files.isRegularFile(file)) {
            return;
        }
        Task<StudyProgressFile.Progress> task = new Task<>() {
            @Override
            protected StudyProgressFile.Progress call() throws IOException {
                return StudyProgressFile.load(file);
            }
        };
        task.setOnSucceeded(event -> restored(task.getValue()));
        task.setOnFailed(event -> status.set("The kept study could not be read, so it is left out: "
                + task.getException().getMessage()));
        background.execute(task);
    }

    private void restored(StudyProgressFile.Progress kept) {
        if (running.get()) {
            return;
        }
        configurations.setAll(kept.plan().configurations());
        name = kept.plan().name();
        runs.set(kept.plan().runs());
        if (kept.finishedRuns() == kept.totalRuns()) {
            // Every run is in the file, so the runner only summarizes: no data, no training.
            progress.set(1);
            status.set("Your last study, " + kept.plan().name() + ", is back from the last session.");
            result.set(new StudyRunner(null, 1).run(kept.plan(), new StudyListener() { }, new RunControl(),
                    kept.finished()));
        } else {
            unfinished = kept;
            status.set("The study " + kept.plan().name() + " stopped after " + kept.finishedRuns() + " of "
                    + kept.totalRuns() + " runs. Resume finishes it with the same seeds.");
            resumable.set(true);
        }
    }

    /** Finishes the study that stopped part-way, training only the runs it lacks. */
    public void resume() {
        Datasets datasets = data.get();
        if (unfinished == null || running.get()) {
            return;
        }
        if (datasets == null) {
            status.set("The data is still loading; try again in a moment.");
            return;
        }
        StudyProgressFile.Progress kept = unfinished;
        unfinished = null;
        resumable.set(false);
        runPlan(kept.plan(), datasets, kept.finished());
    }

    /** True while a study stopped part-way can resume. */
    public ReadOnlyBooleanProperty resumableProperty() {
        return resumable.getReadOnlyProperty();
    }

    private void runPlan(StudyPlan plan, Datasets datasets, Map<String, RunRecord> finishedAlready) {
        Map<String, RunRecord> finishedRuns = new ConcurrentHashMap<>(finishedAlready);
        Path keepIn = progressFile;
        RunControl runControl = new RunControl();
        control = runControl;
        Task<StudyResult> task = new Task<>() {
            @Override
            protected StudyResult call() {
                return new StudyRunner(datasets, StudyRunner.defaultThreads()).run(plan, new StudyListener() {
                    @Override
                    public void onProgress(long completed, long total) {
                        updateProgress(completed, total);
                    }

                    @Override
                    public void onRunFinished(StudyConfiguration configuration, int run, RunRecord record) {
                        finishedRuns.put(StudyRunner.runKey(plan.configurations().indexOf(configuration),
                                run),
                                record);
                        keep(keepIn, plan, finishedRuns);
                    }
                }, runControl, finishedAlready);
            }
        };
        long started = System.nanoTime();
        task.progressProperty().addListener((observable, before, now) -> showProgress(plan, now.doubleValue(),
                started));
        task.setOnSucceeded(event -> finish(task.getValue()));
        task.setOnFailed(event -> fail(task.getException()));
        running.set(true);
        progress.set(0);
        result.set(null);
        status.set("Starting " + plan.configurations().size() + " configurations x " + plan.runs()
                + " runs\u2026");
        background.execute(task);
    }

    /** Writes the progress after a run; runs on a study thread, so writes are one at a time. */
    private static synchronized void keep(Path file, StudyPlan plan, Map<String, RunRecord> finished) {
        if (file == null) {
            return;
        }
        try {
            StudyProgressFile.save(file, new StudyProgressFile.Progress(plan, Map.copyOf(finished)));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not keep the study's progress in " + file, e);
        }
    }

    private String describe() {
        ThesisPresets.Preset chosen = preset.get();
        return chosen != null && chosen.name().equals(name) ? chosen.description()
                : configurations.size() + " configurations chosen in the window.";
    }

    private void showProgress(StudyPlan plan, double share, long started) {
        if (share < 0) {
            return;
        }
        progress.set(share);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long done = Math.round(share * plan.totalSteps());
        String left = share > 0.01 ? ", about " + seconds(elapsed * (1 - share) / share) + " left" : "";
        status.set(String.format(Locale.ROOT, "Study %s: %,d of %,d steps (%.0f %%)%s", plan.name(), done,
                plan.totalSteps(), 100 * share, left));
    }

    private void finish(StudyResult finished) {
        running.set(false);
        progress.set(finished.cancelled() ? progress.get() : 1);
        result.set(finished);
        status.set(finished.cancelled()
                ? "Study cancelled: " + finished.configurations().size() + " configurations had finished."
                : String.format(Locale.ROOT, "Study %s finished in %s.", finished.plan().name(),
                        seconds(finished.seconds())));
    }

    private void fail(Throwable error) {
        running.set(false);
        LOG.log(Level.ERROR, "the study failed", error);
        status.set("The study failed: " + (error.getMessage() != null ? error.getMessage() : error));
    }

    /** Asks the running study to stop within one step of each run. */
    public void cancel() {
        if (control != null) {
            control.cancel();
        }
    }

    /** The files an export into {@code directory} would write, for the overwrite question. */
    public List<Path> existingExportFiles(Path directory) {
        StudyResult finished = result.get();
        List<Path> existing = new ArrayList<>();
        if (finished == null) {
            return existing;
        }
        String stem = finished.plan().name();
        List<String> names = new ArrayList<>(List.of(stem + "-steps.csv", stem + "-smoothed.csv",
                stem + "-table.csv"));
        StudyCharts.EXPORTED.forEach(m -> names.add(stem + "-" + m.column().replace('_', '-') + ".png"));
        for (String file : names) {
            if (Files.exists(directory.resolve(file))) {
                existing.add(directory.resolve(file));
            }
        }
        return existing;
    }

    /** Writes the finished study's CSV and PNG files, the same as the study command's, in the background. */
    public void export(Path directory) {
        StudyResult finished = result.get();
        if (finished == null || finished.configurations().isEmpty()) {
            status.set("There is nothing to export: no configuration of the study finished all its runs.");
            return;
        }
        int smoothing = block.get();
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() throws IOException {
                List<Path> files = new ArrayList<>(StudyCsv.write(finished, smoothing, directory));
                files.addAll(StudyCharts.write(finished, smoothing, directory));
                return files;
            }
        };
        task.setOnSucceeded(event -> status.set("Wrote " + task.getValue().size() + " files to "
                + directory));
        task.setOnFailed(event -> {
            LOG.log(Level.ERROR, "export failed", task.getException());
            status.set("Could not write the files to " + directory + ": " + task.getException().getMessage());
        });
        status.set("Writing the study to " + directory + "\u2026");
        background.execute(task);
    }

    /** The learning rate each section of a configuration will use, for the preview chart. */
    public static double[] ratePreview(TrainingConfig config) {
        double[] rates = new double[config.sections()];
        for (int section = 0; section < rates.length; section++) {
            rates[section] = config.schedule().rate(section, config.sections());
        }
        return rates;
    }

    /** What this Java may still take for a study's results. */
    private static long availableMemory() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    private static String seconds(double seconds) {
        long whole = Math.round(seconds);
        return whole < 60 ? whole + " s" : String.format(Locale.ROOT, "%d min %02d s", whole / 60,
                whole % 60);
    }

    public ObservableList<StudyConfiguration> configurations() {
        return configurations;
    }

    public ObjectProperty<ThesisPresets.Preset> presetProperty() {
        return preset;
    }

    public IntegerProperty runsProperty() {
        return runs;
    }

    public IntegerProperty blockProperty() {
        return block;
    }

    /** True to draw the curves every step instead of as block means. */
    public BooleanProperty rawProperty() {
        return raw;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when a finished study with at least one complete configuration can be exported. */
    public BooleanBinding exportableProperty() {
        return exportable;
    }

    public ReadOnlyObjectProperty<StudyResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public String getName() {
        return name;
    }
}
