package org.stepwise.train;

import static org.stepwise.network.Network.InputLayout.SAMPLE_ROWS;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.SplittableRandom;

import org.stepwise.data.Datasets;
import org.stepwise.data.MnistDataset;
import org.stepwise.network.DenseMatrix;
import org.stepwise.network.Network;
import org.stepwise.optimize.Optimizer;
import org.stepwise.optimize.SgdSettings;

/**
 * Trains one network by the thesis's loop: sections of mini-batch steps, with
 * metrics after every step and the whole test set read at every section's end.
 *
 * <p>Each step: the schedule's rate for the finished sections; a mini-batch
 * drawn by the configured sampling; forward, loss and reading of the batch;
 * backward and one optimizer update; then the configured number of random
 * test images read by the updated network.
 *
 * <p>All buffers are made in the constructor, once per run; a step allocates
 * only its small {@link StepMetrics}. A trainer runs once, on one thread.
 * Randomness comes from the configuration's seed alone, split into separate
 * streams for the initial weights, the batches and the test samples, so a run
 * repeats exactly.
 */
public final class Trainer {

    private static final Logger LOG = System.getLogger(Trainer.class.getName());
    private static final int FULL_TEST_CHUNK = 500;
    private static final long SNAPSHOT_INTERVAL_NANOS = 50_000_000L;

    private final TrainingConfig config;
    private final MnistDataset training;
    private final MnistDataset test;
    private final Network network;
    private final Optimizer optimizer;
    private final boolean descendInBackward;
    private final BatchSampler sampler;
    private final SplittableRandom testRandom;
    private final Network.Workspace batch;
    private final Network.Workspace testSample;
    private final Network.Workspace fullTest;
    private final int[] batchIndices;
    private final int[] batchLabels;
    private final int[] testIndices;
    private final int[] testLabels;
    private TestSetInputs testInputs;
    private final int[] chunkLabels;
    // Made by run() when its listener asks for the divergence guard; null otherwise.
    private LastFiniteParameters lastFinite;
    // Set only by a constructor; not final so the original constructors stay as they were.
    private BatchAugmentation augmentation = BatchAugmentation.NONE;
    private boolean used;

    /** Prepares a run with freshly initialized weights. */
    public Trainer(TrainingConfig config, Datasets data) {
        this(config, data, null);
    }

    /**
     * Prepares a run that continues training {@code start} (which the trainer
     * then owns and changes), or a fresh network when {@code start} is null.
     */
    public Trainer(TrainingConfig config, Datasets data, Network start) {
        this.config = config;
        this.training = data.training();
        this.test = data.test();
        SplittableRandom root = new SplittableRandom(config.seed());
        SplittableRandom weightRandom = root.split();
        SplittableRandom batchRandom = root.split();
        this.testRandom = root.split();

        int[] sizes = config.layerSizes(training.pixelCount(), 10);
        this.network = start != null ? start : Network.create(sizes, config.hiddenActivation(),
                config.outputActivation(), config.initializer(), weightRandom);
        if (network.inputSize() != training.pixelCount()) {
            throw new IllegalArgumentException("the network takes " + network.inputSize()
                    + " inputs but the images have " + training.pixelCount() + " pixels");
        }
        this.optimizer = config.optimizer().create();
        // Plain SGD is applied inside the backward pass, which never stores the weight gradients.
        this.descendInBackward = config.optimizer() instanceof SgdSettings;
        this.sampler = new BatchSampler(training.size(), config.sampling(), batchRandom);

        // Inputs one image per row: each image is copied in whole, pixel after pixel.
        this.batch = network.newWorkspace(config.batchSize(), SAMPLE_ROWS);
        this.testSample = config.testSampleSize() > 0
                ? network.newWorkspace(config.testSampleSize(), SAMPLE_ROWS) : null;
        this.fullTest = network.newWorkspace(Math.min(FULL_TEST_CHUNK, test.size()), SAMPLE_ROWS);
        this.batchIndices = new int[config.batchSize()];
        this.batchLabels = new int[config.batchSize()];
        this.testIndices = new int[config.testSampleSize()];
        this.testLabels = new int[config.testSampleSize()];
        this.chunkLabels = new int[fullTest.batchSize()];
        optimizer.initialize(batch.parameters());
    }

    /**
     * Prepares a run like {@link #Trainer(TrainingConfig, Datasets, Network)}
     * whose training batches pass through {@code augmentation} before each
     * forward pass; test images are read as they are.
     */
    public Trainer(TrainingConfig config, Datasets data, Network start, BatchAugmentation augmentation) {
        this(config, data, start);
        this.augmentation = java.util.Objects.requireNonNull(augmentation, "augmentation");
    }

    public TrainingConfig config() {
        return config;
    }

    /** The network being trained; read it only on the training thread, or after the run. */
    public Network network() {
        return network;
    }

    /**
     * Runs every step of the configuration, or until cancelled.
     *
     * @param listener told of every step and of snapshots, on this thread
     * @param control checked before every step
     * @throws IllegalStateException if this trainer already ran
     */
    public RunResult run(TrainingListener listener, RunControl control) {
        if (used) {
            throw new IllegalStateException("a Trainer runs once; make a new one for another run");
        }
        used = true;
        LOG.log(Level.INFO, () -> "run starts: " + config.networkLabel(network.inputSize(), 10)
                + ", " + config.optimizer() + ", " + config.schedule() + ", seed " + config.seed());
        long start = System.nanoTime();
        long lastSnapshot = start;
        long snapshotInterval = SNAPSHOT_INTERVAL_NANOS;
        boolean snapshots = listener.wantsSnapshots();
        // Headless runs (studies, the CLI) keep the thesis's behaviour: a diverged run goes on as it is.
        lastFinite = listener.guardsDivergence() ? new LastFiniteParameters(batch.parameters()) : null;
        int step = 0;
        double lastFullTest = Double.NaN;
        double lastLoss = Double.NaN;

        outer:
        for (int section = 1; section <= config.sections(); section++) {
            double rate = config.schedule().rate(section - 1, config.sections());
            int correctInSection = 0;
            for (int s = 0; s < config.stepsPerSection(); s++, step++) {
                if (!control.awaitGo()) {
                    break outer;
                }
                double stepRate = rate * control.rateFactor();
                double loss = trainOn(stepRate);
                if (lastFinite != null && !lastFinite.keepIfFinite(loss)) {
                    // Back to the last finite step, with the optimizer's memory (moments) cleared.
                    optimizer.initialize(batch.parameters());
                    Divergence divergence = new Divergence(step, section, stepRate, loss);
                    LOG.log(Level.INFO, () -> "run diverged at step " + (divergence.step() + 1)
                            + ", rate " + stepRate + ": " + divergence.whatHappened());
                    if (snapshots) {
                        listener.onSnapshot(network.copy(), step);
                    }
                    control.pause();
                    listener.onDiverged(divergence);
                    // Take this step again once resumed: the loop's increments undo these.
                    s--;
                    step--;
                    continue;
                }
                correctInSection += countCorrect(batch, batchLabels, batchLabels.length);
                double trainAccuracy = (double) correctInSection / ((s + 1) * config.batchSize());
                double testAccuracy = Double.NaN;
                double testLoss = Double.NaN;
                if (testSample != null) {
                    testAccuracy = measureTestSample();
                    testLoss = config.loss().value(testSample.output(), testLabels, testLabels.length);
                }
                double fullTestAccuracy = Double.NaN;
                if (s == config.stepsPerSection() - 1) {
                    fullTestAccuracy = measureFullTest();
                    lastFullTest = fullTestAccuracy;
                    int finishedSection = section;
                    double accuracy = fullTestAccuracy;
                    LOG.log(Level.DEBUG, () -> "section " + finishedSection + "/" + config.sections()
                            + ": full test accuracy " + accuracy);
                }
                lastLoss = loss;
                listener.onStep(new StepMetrics(step, section, stepRate, loss, trainAccuracy,
                        testAccuracy, testLoss, fullTestAccuracy));

                long now = System.nanoTime();
                // A single step or a slow pace shows each step's network at once.
                if (snapshots && (now - lastSnapshot >= snapshotInterval || control.showsEveryStep())) {
                    listener.onSnapshot(network.copy(), step + 1);
                    lastSnapshot = System.nanoTime();
                    // A large network's copy is slow: copying may take at most a twentieth of the time.
                    snapshotInterval = Math.max(SNAPSHOT_INTERVAL_NANOS, 20 * (lastSnapshot - now));
                }
            }
        }

        if (snapshots) {
            listener.onSnapshot(network.copy(), step);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean cancelled = step < config.totalSteps();
        int steps = step;
        double accuracy = lastFullTest;
        LOG.log(Level.INFO, () -> String.format("run %s after %d steps in %.1f s: %s",
                cancelled ? "stopped" : "ends", steps, seconds, Double.isNaN(accuracy)
                        ? "no section finished" : String.format("full test accuracy %.4f", accuracy)));
        return new RunResult(step, cancelled, lastFullTest, lastLoss, seconds, network.copy());
    }

    /**
     * One training step outside {@link #run}, for benchmarks: a mini-batch
     * drawn, forward, loss, backward and one update at the given rate, with
     * no metrics. Call it on one thread, and not together with {@code run}.
     *
     * @return the batch loss
     */
    public double trainStep(double learningRate) {
        return trainOn(learningRate);
    }

    /** One mini-batch: forward, loss, backward and update. Returns the batch loss. */
    private double trainOn(double rate) {
        sampler.next(batchIndices);
        fill(batch, training, batchIndices, batchLabels, batchIndices.length);
        augmentation.augment(batch.input(), batchLabels);
        network.forward(batch);
        double loss = config.loss().value(batch.output(), batchLabels, batchLabels.length);
        if (descendInBackward) {
            network.backwardAndDescend(batch, batchLabels, config.loss(), rate);
        } else {
            network.backward(batch, batchLabels, config.loss());
            optimizer.step(rate);
        }
        return loss;
    }

    private double measureTestSample() {
        for (int i = 0; i < testIndices.length; i++) {
            testIndices[i] = testRandom.nextInt(test.size());
        }
        // The test images are already converted for the full test: copy them from there.
        testInputs().fill(testSample.input(), testIndices, testLabels);
        network.forward(testSample);
        return (double) countCorrect(testSample, testLabels, testLabels.length) / testLabels.length;
    }

    private TestSetInputs testInputs() {
        if (testInputs == null) {
            testInputs = TestSetInputs.of(test, fullTest.batchSize());
        }
        return testInputs;
    }

    /** The share of the whole test set read right, in chunks prepared once per test set. */
    public double measureFullTest() {
        TestSetInputs testInputs = testInputs();
        int correct = 0;
        for (int k = 0; k < testInputs.chunkCount(); k++) {
            testInputs.copyLabels(k, chunkLabels);
            network.forward(fullTest, testInputs.chunk(k));
            correct += countCorrect(fullTest, chunkLabels, testInputs.imagesIn(k));
        }
        return (double) correct / test.size();
    }

    /** Copies the images into the workspace's input, one image per row. */
    private static void fill(Network.Workspace workspace, MnistDataset data, int[] indices, int[] labels,
            int count) {
        double[] input = workspace.input().data();
        int pixels = data.pixelCount();
        for (int c = 0; c < count; c++) {
            data.copyImage(indices[c], input, c * pixels, 1);
            labels[c] = data.label(indices[c]);
        }
    }

    private static int countCorrect(Network.Workspace workspace, int[] labels, int count) {
        int correct = 0;
        DenseMatrix output = workspace.output();
        for (int c = 0; c < count; c++) {
            if (Network.argMax(output, c) == labels[c]) {
                correct++;
            }
        }
        return correct;
    }
}
