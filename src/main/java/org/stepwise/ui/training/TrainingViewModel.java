package org.stepwise.ui.training;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleConsumer;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import org.stepwise.data.Datasets;
import org.stepwise.model.SavedModel;
import org.stepwise.model.TrainingHistory;
import org.stepwise.network.Network;
import org.stepwise.train.Divergence;
import org.stepwise.train.RunControl;
import org.stepwise.train.RunResult;
import org.stepwise.train.StallCheck;
import org.stepwise.train.StepMetrics;
import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.Formats;
import org.stepwise.ui.chart.TrainingCurves;

/**
 * The window's training: commands (start, pause or resume, stop, reset) and
 * what the views show (state, progress, curves, the newest network).
 *
 * <p>A run trains on a background thread through {@link TrainingService}. A
 * timer on the FX thread drains its metrics at most
 * {@value #DRAINS_PER_SECOND} times a second into {@link TrainingCurves},
 * then bumps {@link #curvesRevisionProperty()} once so the charts redraw once.
 * Every method here runs on the FX thread.
 *
 * <p>Start after a run keeps training the same network, and the curves go
 * on from where they were, as long as the layers still fit the settings and
 * the data is the same; otherwise it starts over. A network opened from a
 * file ({@link #continueFrom}) is trained further the same way, on any data
 * of its input size. Reset forgets the network.
 */
public final class TrainingViewModel {

    public static final int DRAINS_PER_SECOND = 30;

    private static final Logger LOG = System.getLogger(TrainingViewModel.class.getName());
    private static final long DRAIN_INTERVAL_NANOS = 1_000_000_000L / DRAINS_PER_SECOND;

    private final TrainingService service;
    private final TrainingCurves curves = new TrainingCurves();
    private final ThroughputMeter meter = new ThroughputMeter();
    private final List<StepMetrics> drained = new ArrayList<>();
    private final AnimationTimer drainTimer = new DrainTimer();

    private final ReadOnlyObjectWrapper<TrainingState> state =
            new ReadOnlyObjectWrapper<>(this, "state", TrainingState.READY);
    private final ReadOnlyLongWrapper curvesRevision =
            new ReadOnlyLongWrapper(this, "curvesRevision");
    private final ReadOnlyObjectWrapper<Network> network =
            new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyLongWrapper networkStep = new ReadOnlyLongWrapper(this, "networkStep");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText =
            new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper finalAccuracy =
            new ReadOnlyDoubleWrapper(this, "finalAccuracy", Double.NaN);
    private final ReadOnlyLongWrapper lastChartStep =
            new ReadOnlyLongWrapper(this, "lastChartStep");
    private final ReadOnlyObjectWrapper<TrainingConfig> runConfig =
            new ReadOnlyObjectWrapper<>(this, "runConfig");
    private final ReadOnlyStringWrapper divergenceText =
            new ReadOnlyStringWrapper(this, "divergenceText", "");
    private final ReadOnlyStringWrapper remedyText = new ReadOnlyStringWrapper(this, "remedyText", "");
    private final ReadOnlyStringWrapper stallText = new ReadOnlyStringWrapper(this, "stallText", "");
    private final BooleanBinding active =
            Bindings.createBooleanBinding(() -> state.get().isActive(), state);

    /** The pace slider's stops, in steps a second; 0 is full speed. */
    public static final int[] PACES = {0, 1000, 100, 10, 2};

    private final IntegerProperty pace =
            new SimpleIntegerProperty(this, "pace");

    private TrainingRun run;
    private Network trained;
    private Datasets trainedOn;
    private SavedModel opened;
    private long stepOffset;
    private long completedInRun;
    private int plannedSteps;
    // The divergence the run is paused at, while its banner offers the remedy; null otherwise.
    private Divergence divergence;
    // The rate the remedy lowered this run from and to; NaN when it did not.
    private double loweredFrom = Double.NaN;
    private double loweredTo = Double.NaN;
    // Lowers the settings' rate with the run's, when the window gave one; null in tests without settings.
    private DoubleConsumer onRateLowered;

    // What the curves' runs measured, for saving the network with its history.
    private final List<Double> sectionAccuracies = new ArrayList<>();
    private double lastLoss = Double.NaN;
    private double finishedSeconds;
    private long runStartNanos;

    public TrainingViewModel(TrainingService service) {
        this.service = service;
        pace.addListener((observable, before, now) -> {
            if (run != null) {
                run.control().setPace(now.intValue());
            }
        });
    }

    /**
     * The stop nearest to {@code stepsPerSecond} on a log scale; 0 or less,
     * and anything faster than the fastest limited stop, is full speed.
     */
    public static int nearestPace(double stepsPerSecond) {
        if (!(stepsPerSecond > 0) || stepsPerSecond > 3000) {
            return 0;
        }
        int best = PACES[1];
        for (int pace : PACES) {
            if (pace > 0 && Math.abs(Math.log(pace / stepsPerSecond))
                    < Math.abs(Math.log(best / stepsPerSecond))) {
                best = pace;
            }
        }
        return best;
    }

    /**
     * The most steps a second a run may take, 0 for full speed; changes
     * take effect at the running run's next step.
     */
    public IntegerProperty paceProperty() {
        return pace;
    }

    /**
     * Starts a run, continuing the last network when it fits.
     *
     * @throws IllegalStateException while a run is active
     */
    public void start(TrainingConfig config, Datasets data) {
        start(config, data, false);
    }

    /**
     * Trains exactly one mini-batch: a paused run takes one more step; with
     * no run active, a run starts paused and takes its first step. Does
     * nothing while running.
     */
    public void stepOnce(TrainingConfig config, Datasets data) {
        if (state.get() == TrainingState.PAUSED) {
            run.control().stepOnce();
        } else if (!isActive()) {
            start(config, data, true);
        }
    }

    private void start(TrainingConfig config, Datasets data, boolean oneStep) {
        if (isActive()) {
            throw new IllegalStateException("a run is already " + state.get());
        }
        Network start = continuable(config, data) ? trained.copy() : null;
        prepareCurves(start != null, config);

        TrainingRun started = service.start(config, data, start, control -> {
            control.setPace(pace.get());
            if (oneStep) {
                control.pause();
                control.stepOnce();
            }
        });
        started.setOnSucceeded(event -> finish(started, started.getValue()));
        started.setOnFailed(event -> fail(started.getException()));
        run = started;
        beginRun(config);
        if (oneStep) {
            state.set(TrainingState.PAUSED);
            updateProgress(System.nanoTime());
        }
    }

    /** An opened network not trained here yet has no data of its own: any data will do. */
    private boolean continuable(TrainingConfig config, Datasets data) {
        boolean sameData = data == trainedOn || trainedOn == null && opened != null;
        return trained != null && sameData && fits(trained, config);
    }

    /** The note while a run continues the last network; in the past tense once it ended. */
    private static final String CONTINUING = "Training the same network further, from step ";
    private static final String CONTINUED = "Trained the same network further, from step ";

    /**
     * What a continued run does with a schedule that changes the rate: the
     * trainer counts sections from 0 in every run, so the schedule restarts.
     */
    private static String scheduleNote(TrainingConfig config) {
        int sections = config.sections();
        if (config.schedule().rate(0, sections) == config.schedule().rate(sections - 1, sections)) {
            return "";
        }
        return " The schedule starts again from its first rate, "
                + rateText(config.schedule().rate(0, sections)) + ", as in a new run.";
    }

    private void prepareCurves(boolean continuing, TrainingConfig config) {
        if (continuing && curves.isEmpty()) {
            message.set("Training the opened network further. Press Reset to start again from"
                    + " fresh weights.");
            return;
        }
        if (continuing) {
            message.set(CONTINUING + Formats.count(stepOffset) + "." + scheduleNote(config)
                    + " Press Reset to start again from fresh weights.");
            return;
        }
        boolean replacing = !curves.isEmpty() || opened != null;
        message.set(replacing ? startOverReason() + ", so training starts over with a fresh network."
                : "");
        opened = null;
        clearCurves();
    }

    private String startOverReason() {
        if (trained == null) {
            return "The last run failed";
        }
        return "The network's layers or activations changed";
    }

    private void beginRun(TrainingConfig config) {
        clearBanners();
        loweredFrom = Double.NaN;
        runConfig.set(config);
        runStartNanos = System.nanoTime();
        plannedSteps = config.totalSteps();
        completedInRun = 0;
        lastChartStep.set(stepOffset + plannedSteps);
        finalAccuracy.set(Double.NaN);
        meter.reset();
        state.set(TrainingState.RUNNING);
        updateProgress(System.nanoTime());
        drainTimer.start();
        LOG.log(Level.DEBUG, () -> "window run starts at step " + stepOffset);
    }

    /** Pauses a running run or resumes a paused one; does nothing otherwise. */
    public void togglePause() {
        if (state.get() == TrainingState.RUNNING) {
            run.control().pause();
            state.set(TrainingState.PAUSED);
        } else if (state.get() == TrainingState.PAUSED) {
            // Resuming as it is: the rate stays, and the guard will pause again if it must.
            dismissDivergence();
            meter.reset();
            run.control().resume();
            state.set(TrainingState.RUNNING);
        }
        updateProgress(System.nanoTime());
    }

    /** Asks the run to stop after its current step; the state turns STOPPED when it has. */
    public void stop() {
        if (run != null) {
            run.control().cancel();
        }
    }

    /**
     * Clears the curves and forgets the network, so the next start begins from fresh weights.
     *
     * @throws IllegalStateException while a run is active
     */
    public void reset() {
        if (isActive()) {
            throw new IllegalStateException("stop the run before resetting");
        }
        replaceNetwork(null);
    }

    /** Forgets the run's curves and history; {@code model} (or none) becomes the network. */
    private void replaceNetwork(SavedModel model) {
        opened = model;
        trained = model == null ? null : model.network();
        trainedOn = null;
        networkStep.set(0);
        clearCurves();
        lastChartStep.set(plannedSteps);
        finalAccuracy.set(Double.NaN);
        message.set("");
        clearBanners();
        state.set(TrainingState.READY);
        updateProgress(System.nanoTime());
        if (model != null) {
            runConfig.set(model.config());
        }
        network.set(trained);
    }

    private void clearCurves() {
        curves.clear();
        sectionAccuracies.clear();
        lastLoss = Double.NaN;
        finishedSeconds = 0;
        stepOffset = 0;
        completedInRun = 0;
        curvesRevision.set(curvesRevision.get() + 1);
    }

    /**
     * Takes an opened network as the one the reading uses and the next Start
     * trains further, as if it had just finished a run here: the curves are
     * cleared and the state is READY. The settings should be the model's own
     * for Start to continue it rather than start over.
     *
     * @param model the network with its configuration and history; its network is never changed
     * @throws IllegalStateException while a run is active
     */
    public void continueFrom(SavedModel model) {
        if (isActive()) {
            throw new IllegalStateException("stop the run before opening another network");
        }
        replaceNetwork(model);
    }

    /**
     * The newest network with the configuration of its run and that run's
     * history, for saving; null while there is none. A network opened and
     * trained further keeps the file's history, with this window's sections
     * after it.
     */
    public SavedModel currentModel() {
        Network newest = network.get();
        if (newest == null) {
            return null;
        }
        if (opened != null && newest == opened.network()) {
            return opened;
        }
        return new SavedModel(newest, runConfig.get(), history());
    }

    private TrainingHistory history() {
        List<Double> accuracies = new ArrayList<>();
        int steps = (int) networkStep.get();
        double seconds = finishedSeconds + (isActive() ? (System.nanoTime() - runStartNanos) / 1e9 : 0);
        String notes = "trained in the Stepwise window";
        if (opened != null) {
            TrainingHistory before = opened.history();
            accuracies.addAll(before.sectionAccuracies());
            steps += before.completedSteps();
            seconds += before.seconds();
            notes = before.notes() + (before.notes().isEmpty() ? "" : "; ") + "then "
                    + Formats.count(networkStep.get()) + " steps more in the Stepwise window";
        }
        accuracies.addAll(sectionAccuracies);
        double accuracy = sectionAccuracies.isEmpty() ? Double.NaN
                : sectionAccuracies.get(sectionAccuracies.size() - 1);
        Datasets data = run != null ? run.data() : trainedOn;
        return new TrainingHistory(accuracies, steps, accuracy, lastLoss, seconds,
                data == null ? "" : data.sourceDescription(), notes);
    }

    /** The steps a run with the current settings would take, shown while nothing has run. */
    public void setPlannedSteps(int steps) {
        if (state.get() == TrainingState.READY) {
            plannedSteps = steps;
            lastChartStep.set(steps);
            updateProgress(System.nanoTime());
        }
    }

    /** Cancels any run, for closing the window. */
    public void shutdown() {
        drainTimer.stop();
        if (run != null) {
            run.control().cancel();
        }
    }

    /**
     * Moves every waiting step into the curves and takes the newest snapshot.
     * The drain timer calls this; tests may call it directly.
     */
    public void drain() {
        if (run == null) {
            return;
        }
        drained.clear();
        run.buffer().drainTo(drained);
        for (StepMetrics metrics : drained) {
            curves.add(metrics, stepOffset);
            if (metrics.hasFullTestAccuracy()) {
                sectionAccuracies.add(metrics.fullTestAccuracy());
                noteStall(metrics);
            }
        }
        if (!drained.isEmpty()) {
            StepMetrics last = drained.get(drained.size() - 1);
            completedInRun = last.step() + 1L;
            lastLoss = last.batchLoss();
            curvesRevision.set(curvesRevision.get() + 1);
        }

        TrainingRun.Snapshot newest = run.takeSnapshot();
        if (newest != null) {
            networkStep.set(stepOffset + newest.completedSteps());
            network.set(newest.network());
        }
        Divergence diverged = run.takeDivergence();
        if (diverged != null) {
            pausedByGuard(diverged);
        }
        updateProgress(System.nanoTime());
    }

    /** The trainer paused itself at a non-finite step: say so, and offer a tenth of the rate. */
    private void pausedByGuard(Divergence diverged) {
        divergence = diverged;
        state.set(TrainingState.PAUSED);
        double rate = diverged.learningRate();
        divergenceText.set("Training paused at step " + Formats.count(stepOffset + diverged.step() + 1)
                + ": " + diverged.whatHappened() + " at learning rate " + rateText(rate)
                + ". The steps were so large that the numbers overflowed. The network is back at"
                + " its last sane weights; go on with a smaller rate, such as "
                + rateText(rate / 10) + ".");
        remedyText.set("Go on at " + rateText(rate / 10));
    }

    /**
     * The banner's remedy: every rate of this run divided by ten, and training
     * goes on from the last sane weights. Does nothing unless the divergence
     * guard paused the run.
     */
    public void lowerRateAndResume() {
        if (divergence == null || state.get() != TrainingState.PAUSED) {
            return;
        }
        RunControl control = run.control();
        control.setRateFactor(control.rateFactor() / 10);
        double from = divergence.learningRate();
        loweredFrom = Double.isNaN(loweredFrom) ? from : loweredFrom;
        loweredTo = from / 10;
        if (onRateLowered != null) {
            onRateLowered.accept(0.1);
        }
        message.set("Going on at learning rate " + rateText(from / 10) + ", a tenth of "
                + rateText(from) + ", from the last sane weights." + settingsNote());
        dismissDivergence();
        meter.reset();
        state.set(TrainingState.RUNNING);
        control.resume();
        updateProgress(System.nanoTime());
    }

    /** What became of the settings' rate when the remedy lowered the run's. */
    private String settingsNote() {
        return onRateLowered != null ? " The settings' learning rate was divided by ten with it."
                : " The next Start uses the settings' rate: lower it there first.";
    }

    /**
     * What the divergence banner's remedy also does to the settings: called
     * with the factor (0.1) the run's rates were multiplied by, so the next
     * Start keeps the gentler rate.
     */
    public void setOnRateLowered(DoubleConsumer action) {
        onRateLowered = action;
    }

    /** A rate with at most three significant digits, so that a tenth of 0.3 reads 0.03. */
    public static String rateText(double rate) {
        return new BigDecimal(rate).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** Hides the divergence banner; a run it paused stays paused until Resume or Stop. */
    public void dismissDivergence() {
        divergence = null;
        divergenceText.set("");
        remedyText.set("");
    }

    /** Hides the stall warning until another section ends at chance. */
    public void dismissStall() {
        stallText.set("");
    }

    private void clearBanners() {
        dismissDivergence();
        dismissStall();
    }

    private void noteStall(StepMetrics sectionEnd) {
        if (!StallCheck.atChance(sectionEnd)) {
            stallText.set("");
            return;
        }
        stallText.set("The network is stuck at chance: section " + sectionEnd.section() + " read only "
                + Formats.percent(sectionEnd.fullTestAccuracy()) + " of the test set right, as a"
                + " blind guess would. Its units have probably stopped firing, so nothing reaches the"
                + " weights. " + StallCheck.advice(run.config()));
    }

    private void finish(TrainingRun finished, RunResult result) {
        drain();
        trained = result.network();
        trainedOn = finished.data();
        finishedSeconds += result.seconds();
        finalAccuracy.set(result.fullTestAccuracy());
        completedInRun = result.completedSteps();
        stepOffset += result.completedSteps();
        networkStep.set(stepOffset);
        network.set(trained);
        end(result.cancelled() ? TrainingState.STOPPED : TrainingState.FINISHED);
    }

    private void fail(Throwable failure) {
        drain();
        LOG.log(Level.ERROR, "training failed after " + completedInRun + " steps", failure);
        // The network may be half-updated or may not exist: the next start begins afresh.
        trained = null;
        opened = null;
        stepOffset += completedInRun;
        end(TrainingState.FAILED);
        message.set("Training stopped because of an error: " + Formats.sentence(failure));
    }

    private void end(TrainingState outcome) {
        // A stopped run is no longer paused at its divergence: the banner's remedy has no run to act on.
        dismissDivergence();
        if (message.get().startsWith(CONTINUING)) {
            // The note described a run that is over now.
            message.set(CONTINUED + message.get().substring(CONTINUING.length()));
        }
        if (!Double.isNaN(loweredFrom)) {
            // "For the rest of this run" is over: say what the next Start will use.
            message.set("This run went on at learning rate " + rateText(loweredTo) + " after diverging at "
                    + rateText(loweredFrom) + "." + settingsNote());
            loweredFrom = Double.NaN;
        }
        drainTimer.stop();
        run = null;
        state.set(outcome);
        updateProgress(System.nanoTime());
    }

    private void updateProgress(long now) {
        if (state.get() == TrainingState.RUNNING) {
            meter.record(now, completedInRun);
        }
        progress.set(plannedSteps == 0 ? 0 : (double) completedInRun / plannedSteps);
        progressText.set(ProgressText.describe(state.get(), completedInRun, plannedSteps,
                meter.stepsPerSecond()));
    }

    /** True when {@code network} has the layers and activations {@code config} asks for. */
    public static boolean fits(Network network, TrainingConfig config) {
        int[] wanted = config.layerSizes(network.inputSize(), network.outputSize());
        if (!Arrays.equals(network.sizes(), wanted)) {
            return false;
        }
        var layers = network.layers();
        for (int i = 0; i < layers.size() - 1; i++) {
            if (layers.get(i).activation() != config.hiddenActivation()) {
                return false;
            }
        }
        return network.outputActivation() == config.outputActivation();
    }

    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public TrainingState getState() {
        return state.get();
    }

    /** True while a run is running or paused. */
    public BooleanBinding activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    /** The curves; read them on the FX thread when {@link #curvesRevisionProperty()} changes. */
    public TrainingCurves curves() {
        return curves;
    }

    /** Goes up by one each time the curves change. */
    public ReadOnlyLongProperty curvesRevisionProperty() {
        return curvesRevision.getReadOnlyProperty();
    }

    /** The newest network: a snapshot while training, the result after; null before any. */
    public ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    public Network getNetwork() {
        return network.get();
    }

    /**
     * The steps the newest network has been trained for in this window,
     * counted along the curves' x axis; 0 for an opened network not trained
     * further yet.
     */
    public ReadOnlyLongProperty networkStepProperty() {
        return networkStep.getReadOnlyProperty();
    }

    public long getNetworkStep() {
        return networkStep.get();
    }

    /** The share of this run's steps done, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Such as "step 1,234 / 3,750 · 2,150 steps/s · 0:01 left". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public String getProgressText() {
        return progressText.get();
    }

    /** A note or error about the last command or run, as one sentence; empty when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    /** The whole test set's accuracy after the last run's last full section; NaN if none. */
    public ReadOnlyDoubleProperty finalAccuracyProperty() {
        return finalAccuracy.getReadOnlyProperty();
    }

    public double getFinalAccuracy() {
        return finalAccuracy.get();
    }

    /** The step at which the current run will end, counted along the curves' x axis. */
    public ReadOnlyLongProperty lastChartStepProperty() {
        return lastChartStep.getReadOnlyProperty();
    }

    /** Why the divergence guard paused the run, naming the step and rate; empty when it did not. */
    public ReadOnlyStringProperty divergenceTextProperty() {
        return divergenceText.getReadOnlyProperty();
    }

    public String getDivergenceText() {
        return divergenceText.get();
    }

    /** The remedy button's text, such as "Go on at 0.5"; empty with no divergence. */
    public ReadOnlyStringProperty remedyTextProperty() {
        return remedyText.getReadOnlyProperty();
    }

    /** A warning with advice while the last section ended at chance; empty otherwise. */
    public ReadOnlyStringProperty stallTextProperty() {
        return stallText.getReadOnlyProperty();
    }

    public String getStallText() {
        return stallText.get();
    }

    /** The settings of the current or last run; null before any. */
    public ReadOnlyObjectProperty<TrainingConfig> runConfigProperty() {
        return runConfig.getReadOnlyProperty();
    }

    /** Drains about {@value #DRAINS_PER_SECOND} times a second, on the FX thread's pulses. */
    private final class DrainTimer extends AnimationTimer {

        private long lastDrain;

        @Override
        public void handle(long now) {
            if (now - lastDrain >= DRAIN_INTERVAL_NANOS) {
                lastDrain = now;
                drain();
            }
        }
    }
}
