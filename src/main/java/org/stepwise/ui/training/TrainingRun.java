package org.stepwise.ui.training;

import java.util.concurrent.atomic.AtomicReference;

import javafx.concurrent.Task;

import org.stepwise.data.Datasets;
import org.stepwise.network.Network;
import org.stepwise.train.Divergence;
import org.stepwise.train.MetricsBuffer;
import org.stepwise.train.RunControl;
import org.stepwise.train.RunResult;
import org.stepwise.train.StepMetrics;
import org.stepwise.train.Trainer;
import org.stepwise.train.TrainingConfig;
import org.stepwise.train.TrainingListener;

/**
 * One training run as a JavaFX task: a {@link Trainer} on a background
 * thread, handing its step metrics to a bounded {@link MetricsBuffer} and its
 * newest network snapshot to an atomic slot, both emptied by the FX thread.
 *
 * <p>Stop through {@link #control()}, not {@link #cancel()}: a cancelled
 * control lets the trainer finish its step and return a result, while a
 * cancelled task would throw it away.
 */
public final class TrainingRun extends Task<RunResult> {

    private final TrainingService.TrainerFactory trainers;
    private final TrainingConfig config;
    private final Datasets data;
    private final Network start;
    private final MetricsBuffer buffer;
    private final RunControl control = new RunControl();
    private final AtomicReference<Snapshot> newestSnapshot = new AtomicReference<>();
    private final AtomicReference<Divergence> divergence = new AtomicReference<>();

    /**
     * A copy of the network taken during the run.
     *
     * @param network the copy, never changed afterwards
     * @param completedSteps the steps of this run it has been trained for
     */
    public record Snapshot(Network network, int completedSteps) {
    }

    /**
     * @param start the network to keep training, which the run then owns, or null for a fresh one
     * @param bufferCapacity the most steps waiting for the FX thread before training waits
     */
    TrainingRun(TrainingService.TrainerFactory trainers, TrainingConfig config, Datasets data,
            Network start, int bufferCapacity) {
        this.trainers = trainers;
        this.config = config;
        this.data = data;
        this.start = start;
        this.buffer = new MetricsBuffer(bufferCapacity);
    }

    @Override
    protected RunResult call() {
        // Built here, not on the FX thread: a trainer allocates every buffer and draws the weights.
        Trainer trainer = trainers.create(config, data, start);
        return trainer.run(new Listener(), control);
    }

    public TrainingConfig config() {
        return config;
    }

    public Datasets data() {
        return data;
    }

    public RunControl control() {
        return control;
    }

    public MetricsBuffer buffer() {
        return buffer;
    }

    /** The newest network snapshot not taken yet, or null; empties the slot. */
    public Snapshot takeSnapshot() {
        return newestSnapshot.getAndSet(null);
    }

    /**
     * The divergence the trainer paused at and the FX thread has not taken
     * yet, or null; empties the slot.
     */
    public Divergence takeDivergence() {
        return divergence.getAndSet(null);
    }

    /** Runs on the training thread; hands everything over without waiting for the FX thread. */
    private final class Listener implements TrainingListener {

        @Override
        public void onStep(StepMetrics metrics) {
            // False only when the run was cancelled while the buffer was full: nothing to keep.
            buffer.put(metrics, control);
        }

        @Override
        public void onSnapshot(Network snapshot, int completedSteps) {
            newestSnapshot.set(new Snapshot(snapshot, completedSteps));
        }

        @Override
        public boolean guardsDivergence() {
            return true;
        }

        @Override
        public void onDiverged(Divergence paused) {
            divergence.set(paused);
        }
    }
}
