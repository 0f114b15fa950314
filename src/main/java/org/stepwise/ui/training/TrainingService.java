package org.stepwise.ui.training;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.stepwise.data.Datasets;
import org.stepwise.network.Network;
import org.stepwise.train.RunControl;
import org.stepwise.train.Trainer;
import org.stepwise.train.TrainingConfig;

/**
 * Starts training runs on a background executor: the seam through which
 * tests choose the thread that trains, and how trainers are made.
 */
public final class TrainingService {

    /** Steps the FX thread may fall behind before the trainer waits: a few seconds' worth. */
    public static final int BUFFER_CAPACITY = 8_192;

    /** Makes the trainer of a run, on the training thread. */
    @FunctionalInterface
    public interface TrainerFactory {

        /** @param start the network to keep training, or null for a fresh one */
        Trainer create(TrainingConfig config, Datasets data, Network start);
    }

    private final Executor executor;
    private final TrainerFactory trainers;

    public TrainingService(Executor executor) {
        this(executor, Trainer::new);
    }

    public TrainingService(Executor executor, TrainerFactory trainers) {
        this.executor = executor;
        this.trainers = trainers;
    }

    /**
     * Starts one run; its outcome arrives through the task's events on the FX thread.
     *
     * @param start the network to keep training (the run changes it), or null for a fresh one
     */
    public TrainingRun start(TrainingConfig config, Datasets data, Network start) {
        return start(config, data, start, run -> { });
    }

    /**
     * Starts one run after {@code before} has set up its control (a pace, a
     * pause with a single step), so that the run's first step already obeys it.
     */
    public TrainingRun start(TrainingConfig config, Datasets data, Network start,
            Consumer<RunControl> before) {
        TrainingRun run = new TrainingRun(trainers, config, data, start, BUFFER_CAPACITY);
        before.accept(run.control());
        executor.execute(run);
        return run;
    }
}
