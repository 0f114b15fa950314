package org.stepwise.train;

import java.util.List;

import org.stepwise.network.Activation;
import org.stepwise.network.Loss;
import org.stepwise.network.WeightInitializer;
import org.stepwise.optimize.ConstantRate;
import org.stepwise.optimize.LearningRateSchedule;
import org.stepwise.optimize.OptimizerSettings;
import org.stepwise.optimize.SgdSettings;

/**
 * Everything that decides how one run trains. Immutable; build variants with
 * {@link #toBuilder()}.
 *
 * <p>The input and output sizes come from the data (784 and 10 for MNIST);
 * {@code hiddenSizes} lists the layers between them. The learning rate is the
 * schedule's initial rate. A run takes {@code sections * stepsPerSection}
 * steps of {@code batchSize} images.
 *
 * @param testSampleSize how many random test images are read after every step
 *     (50 in the thesis); 0 turns that measurement off
 * @param seed the one seed every random draw of the run derives from
 */
public record TrainingConfig(List<Integer> hiddenSizes, Activation hiddenActivation,
        Activation outputActivation, Loss loss, WeightInitializer initializer,
        OptimizerSettings optimizer, LearningRateSchedule schedule, int batchSize,
        int sections, int stepsPerSection, Sampling sampling, int testSampleSize, long seed) {

    /** The largest hidden layer accepted, far above what trains in a class. */
    public static final int MAX_LAYER_SIZE = 8192;

    public TrainingConfig {
        hiddenSizes = List.copyOf(hiddenSizes);
        for (int size : hiddenSizes) {
            if (size < 1 || size > MAX_LAYER_SIZE) {
                throw new IllegalArgumentException("hidden layer sizes must be 1 to " + MAX_LAYER_SIZE
                        + ", got " + size);
            }
        }
        if (!hiddenActivation.isElementwise()) {
            throw new IllegalArgumentException(hiddenActivation.label()
                    + " normalizes a whole layer and can only be the output activation");
        }
        requireAtLeast("the batch size", batchSize, 1);
        requireAtLeast("the number of sections", sections, 1);
        requireAtLeast("steps per section", stepsPerSection, 1);
        requireAtLeast("the test sample size", testSampleSize, 0);
        if ((long) sections * stepsPerSection > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a run of " + sections + " sections of " + stepsPerSection
                    + " steps is too long");
        }
    }

    private static void requireAtLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", got " + value);
        }
    }

    /**
     * The thesis program's protocol (REFERENCE.md): 784-32-10 with ReLU on
     * every layer, back-propagated with slope 0.01 below zero; the
     * sum-of-squares loss stepped along half its gradient; one Glorot bound
     * for all layers; SGD at a constant 0.3; 10 sections of 375 mini-batches
     * of 16 drawn with replacement; 50 random test images after each step.
     */
    public static TrainingConfig thesis() {
        return new TrainingConfig(List.of(32), Activation.THESIS_RELU, Activation.THESIS_RELU,
                Loss.THESIS_SUM_OF_SQUARES, WeightInitializer.GLOROT_UNIFORM_THESIS, new SgdSettings(),
                new ConstantRate(0.3), 16, 10, 375, Sampling.WITH_REPLACEMENT, 50, 1L);
    }

    /**
     * Stepwise's everyday protocol, a modern textbook network: ReLU hidden
     * layers with their true derivative, a softmax output with cross-entropy,
     * Glorot bounds per layer, and mini-batches drawn without replacement
     * (shuffled epochs); SGD at a constant 0.1, otherwise as the thesis.
     * Each difference from {@link #thesis()} is one of this record's settings.
     */
    public static TrainingConfig everyday() {
        return thesis().toBuilder().hiddenActivation(Activation.RELU).outputActivation(Activation.SOFTMAX)
                .loss(Loss.CROSS_ENTROPY).initializer(WeightInitializer.GLOROT_UNIFORM)
                .sampling(Sampling.WITHOUT_REPLACEMENT).schedule(new ConstantRate(0.1)).build();
    }

    /** The learning rate of the first section. */
    public double learningRate() {
        return schedule.initialRate();
    }

    /**
     * A lower bound on the memory one run of this configuration needs, in
     * bytes: weights, gradients and optimizer state, plus the activation
     * buffers of the training batch, the test sample and the full-test chunk
     * (500 images), all as doubles.
     */
    public long estimatedMemoryBytes(int inputs, int outputs) {
        int[] sizes = layerSizes(inputs, outputs);
        long parameters = 0;
        long units = 0;
        for (int l = 1; l < sizes.length; l++) {
            parameters += (long) sizes[l - 1] * sizes[l] + sizes[l];
            units += sizes[l];
        }
        long optimizerCopies = optimizer instanceof org.stepwise.optimize.AdamSettings ? 2 : 0;
        // Weights and gradients, plus two copies for the snapshots a window reads while training.
        long parameterDoubles = parameters * (4 + optimizerCopies);
        long columns = (long) batchSize + testSampleSize + 500;
        // Each batch column holds its input plus z, a and delta for every layer.
        long activationDoubles = columns * (inputs + 3 * units);
        return 8 * (parameterDoubles + activationDoubles);
    }

    /**
     * Refuses a configuration that cannot fit in {@code availableBytes}, with
     * the estimate in the message.
     *
     * @throws IllegalArgumentException naming the estimate and what is available
     */
    public void checkFitsInMemory(int inputs, int outputs, long availableBytes) {
        long needed = estimatedMemoryBytes(inputs, outputs);
        // A fifth is kept free: the collector needs room, and very large arrays fragment the heap.
        if (needed > availableBytes / 5 * 4) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "a %s network with batch %d needs at least %,d MB but only %,d MB of memory is available; "
                            + "use smaller layers or batches", networkLabel(inputs, outputs), batchSize,
                    needed / 1_000_000, availableBytes / 1_000_000));
        }
    }

    /** The number of steps in the whole run. */
    public int totalSteps() {
        return sections * stepsPerSection;
    }

    /** Units per layer, input first, for data with the given input and output sizes. */
    public int[] layerSizes(int inputs, int outputs) {
        int[] sizes = new int[hiddenSizes.size() + 2];
        sizes[0] = inputs;
        for (int i = 0; i < hiddenSizes.size(); i++) {
            sizes[i + 1] = hiddenSizes.get(i);
        }
        sizes[sizes.length - 1] = outputs;
        return sizes;
    }

    /** The hidden sizes as a network label, such as "784-32-10". */
    public String networkLabel(int inputs, int outputs) {
        StringBuilder label = new StringBuilder().append(inputs);
        for (int size : hiddenSizes) {
            label.append('-').append(size);
        }
        return label.append('-').append(outputs).toString();
    }

    /** Every setting in one line, for logs and CSV headers. */
    public String describe(int inputs, int outputs) {
        return networkLabel(inputs, outputs) + ", hidden " + hiddenActivation.label() + ", output "
                + outputActivation.label() + ", loss " + loss.label() + ", init " + initializer.label()
                + ", " + optimizer + ", " + schedule + ", batch " + batchSize + ", " + sections
                + " sections x " + stepsPerSection + " steps, sampling " + sampling.label()
                + ", test sample " + testSampleSize + ", seed " + seed;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a variant of a configuration, one setting at a time. */
    public static final class Builder {

        private List<Integer> hiddenSizes;
        private Activation hiddenActivation;
        private Activation outputActivation;
        private Loss loss;
        private WeightInitializer initializer;
        private OptimizerSettings optimizer;
        private LearningRateSchedule schedule;
        private int batchSize;
        private int sections;
        private int stepsPerSection;
        private Sampling sampling;
        private int testSampleSize;
        private long seed;

        private Builder(TrainingConfig c) {
            hiddenSizes = c.hiddenSizes;
            hiddenActivation = c.hiddenActivation;
            outputActivation = c.outputActivation;
            loss = c.loss;
            initializer = c.initializer;
            optimizer = c.optimizer;
            schedule = c.schedule;
            batchSize = c.batchSize;
            sections = c.sections;
            stepsPerSection = c.stepsPerSection;
            sampling = c.sampling;
            testSampleSize = c.testSampleSize;
            seed = c.seed;
        }

        public Builder hiddenSizes(List<Integer> value) {
            hiddenSizes = value;
            return this;
        }

        public Builder hiddenActivation(Activation value) {
            hiddenActivation = value;
            return this;
        }

        public Builder outputActivation(Activation value) {
            outputActivation = value;
            return this;
        }

        public Builder loss(Loss value) {
            loss = value;
            return this;
        }

        public Builder initializer(WeightInitializer value) {
            initializer = value;
            return this;
        }

        public Builder optimizer(OptimizerSettings value) {
            optimizer = value;
            return this;
        }

        public Builder schedule(LearningRateSchedule value) {
            schedule = value;
            return this;
        }

        /** Keeps the schedule's form and sets its initial rate. */
        public Builder learningRate(double value) {
            schedule = schedule.withInitialRate(value);
            return this;
        }

        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder sections(int value) {
            sections = value;
            return this;
        }

        public Builder stepsPerSection(int value) {
            stepsPerSection = value;
            return this;
        }

        public Builder sampling(Sampling value) {
            sampling = value;
            return this;
        }

        public Builder testSampleSize(int value) {
            testSampleSize = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** @throws IllegalArgumentException naming the first setting out of range */
        public TrainingConfig build() {
            return new TrainingConfig(hiddenSizes, hiddenActivation, outputActivation, loss, initializer,
                    optimizer, schedule, batchSize, sections, stepsPerSection, sampling, testSampleSize, seed);
        }
    }
}
