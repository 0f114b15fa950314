package org.stepwise.cli;

import java.util.ArrayList;
import java.util.List;

import org.stepwise.network.Activation;
import org.stepwise.network.Loss;
import org.stepwise.optimize.AdamSettings;
import org.stepwise.optimize.ConstantRate;
import org.stepwise.optimize.ExponentialDecay;
import org.stepwise.optimize.InverseTimeDecay;
import org.stepwise.optimize.LearningRateSchedule;
import org.stepwise.optimize.PiecewiseConstantDecay;
import org.stepwise.optimize.PolynomialDecay;
import org.stepwise.optimize.ScheduleKind;
import org.stepwise.optimize.SgdSettings;
import org.stepwise.train.Sampling;
import org.stepwise.train.TrainingConfig;

import picocli.CommandLine.Option;

/**
 * The options that describe one training configuration, shared by the
 * headless commands. Every option left out keeps the base protocol's value
 * (the thesis protocol, {@link TrainingConfig#thesis()}, unless a command
 * offers another), which the help texts show.
 */
final class ConfigOptions {

    @Option(names = "--hidden", paramLabel = "SIZES", split = ",",
            description = "Hidden layer sizes, comma separated, any number of layers: 32, 16,16 or 400,400 "
                    + "(default: 32).")
    List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "NAME",
            description = "Hidden layers' activation: sigmoid|relu|thesis-relu (default: thesis-relu, ReLU "
                    + "back-propagated with slope 0.01 below 0).")
    String activation;

    @Option(names = "--output-activation", paramLabel = "NAME",
            description = "Output layer's activation: " + Names.ACTIVATIONS + " (default: thesis-relu).")
    String outputActivation;

    @Option(names = "--loss", paramLabel = "NAME",
            description = "Loss: " + Names.LOSSES + " (default: thesis-sum-of-squares, the sum of squared "
                    + "errors stepped along half its gradient, as the thesis's program did).")
    String loss;

    @Option(names = "--optimizer", paramLabel = "NAME",
            description = "sgd|adam (default: sgd). Adam uses b1 0.9, b2 0.999, eps 1e-8 after the square "
                    + "root.")
    String optimizer;

    @Option(names = "--schedule", paramLabel = "NAME",
            description = "Stepping schedule: " + Names.SCHEDULES + " (default: constant). The rate changes "
                    + "only between sections; k counts finished sections, n is --sections.")
    String schedule;

    @Option(names = "--lr", paramLabel = "RATE",
            description = "Initial learning rate e0 (default: the protocol's for constant, 0.3 thesis or "
                    + "0.1 default; Table 1's for the others: 0.3 piecewise and polynomial, 0.5 exponential "
                    + "and inverse-time; 0.003 with adam).")
    Double learningRate;

    @Option(names = "--decay", paramLabel = "G",
            description = "Decay rate g of exponential (e0*g^k, default 0.75) and inverse-time "
                    + "(e0/(1+g*k), default 0.5).")
    Double decay;

    @Option(names = "--power", paramLabel = "P",
            description = "Power p of polynomial decay (default 0.5, what the thesis's program ran).")
    Double power;

    @Option(names = "--end-lr", paramLabel = "RATE",
            description = "End rate of polynomial decay (default 0.1, what the thesis's program ran).")
    Double endRate;

    @Option(names = "--batch", paramLabel = "N", description = "Mini-batch size (default: 16).")
    Integer batchSize;

    @Option(names = "--sections", paramLabel = "N", description = "Number of sections (default: 10).")
    Integer sections;

    @Option(names = "--steps-per-section", paramLabel = "N",
            description = "Mini-batches per section (default: 375).")
    Integer stepsPerSection;

    @Option(names = "--sampling", paramLabel = "NAME",
            description = Names.SAMPLINGS + " (default: with-replacement).")
    String sampling;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed of the run (default: 1).")
    Long seed;

    /**
     * The thesis protocol with every given option applied.
     *
     * @throws IllegalArgumentException naming the option whose value is wrong
     */
    TrainingConfig toConfig() {
        return toConfig(TrainingConfig.thesis());
    }

    /** {@code base} with every given option applied. */
    TrainingConfig toConfig(TrainingConfig base) {
        checkRanges();
        TrainingConfig.Builder builder = base.toBuilder();
        if (hidden != null) {
            builder.hiddenSizes(new ArrayList<>(hidden));
        }
        if (activation != null) {
            builder.hiddenActivation(Names.parse(Activation.class, activation, "--activation"));
        }
        if (outputActivation != null) {
            builder.outputActivation(Names.parse(Activation.class, outputActivation, "--output-activation"));
        }
        if (loss != null) {
            builder.loss(Names.parse(Loss.class, loss, "--loss"));
        }
        boolean adam = false;
        if (optimizer != null) {
            switch (optimizer.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "sgd" -> builder.optimizer(new SgdSettings());
                case "adam" -> {
                    builder.optimizer(AdamSettings.thesis());
                    adam = true;
                }
                default -> throw new IllegalArgumentException("--optimizer '" + optimizer
                        + "' is not one of sgd|adam");
            }
        }
        if (adam || schedule != null || learningRate != null || decay != null || power != null
                || endRate != null) {
            builder.schedule(schedule(adam, base.learningRate()));
        }
        if (batchSize != null) {
            builder.batchSize(batchSize);
        }
        if (sections != null) {
            builder.sections(sections);
        }
        if (stepsPerSection != null) {
            builder.stepsPerSection(stepsPerSection);
        }
        if (sampling != null) {
            builder.sampling(Names.parse(Sampling.class, sampling, "--sampling"));
        }
        if (seed != null) {
            builder.seed(seed);
        }
        TrainingConfig config = builder.build();
        config.checkFitsInMemory(784, 10, availableMemory());
        return config;
    }

    /** The largest rate accepted, as in the window: far above what learns, below what only overflows. */
    static final double MAX_RATE = 100;

    /** Refuses a value out of its range, naming the option, the value and the range. */
    private void checkRanges() {
        if (hidden != null) {
            hidden.forEach(size -> OptionChecks.requireInRange("--hidden", size, 1,
                    TrainingConfig.MAX_LAYER_SIZE));
        }
        OptionChecks.requireInRange("--lr", learningRate, 0, false, MAX_RATE);
        boolean exponential = schedule != null
                && Names.parse(ScheduleKind.class, schedule, "--schedule") == ScheduleKind.EXPONENTIAL;
        OptionChecks.requireInRange("--decay", decay, 0, !exponential, exponential ? 1 : MAX_RATE);
        OptionChecks.requireInRange("--power", power, 0, false, MAX_RATE);
        OptionChecks.requireInRange("--end-lr", endRate, 0, true, MAX_RATE);
        OptionChecks.requireInRange("--batch", batchSize, 1, Integer.MAX_VALUE);
        OptionChecks.requireInRange("--sections", sections, 1, Integer.MAX_VALUE);
        OptionChecks.requireInRange("--steps-per-section", stepsPerSection, 1, Integer.MAX_VALUE);
    }

    /** Refuses a batch larger than the training set, once the data is known. */
    static void checkBatchFits(TrainingConfig config, int trainingImages) {
        OptionChecks.requireInRange("--batch", config.batchSize(), 1, trainingImages);
    }

    /** True when any option that shapes the configuration was given. */
    boolean anyGiven() {
        return hidden != null || activation != null || outputActivation != null || loss != null
                || optimizer != null || schedule != null || learningRate != null || decay != null
                || power != null || endRate != null || batchSize != null || sections != null
                || stepsPerSection != null || sampling != null;
    }

    private LearningRateSchedule schedule(boolean adam, double baseRate) {
        ScheduleKind kind = schedule == null ? ScheduleKind.CONSTANT
                : Names.parse(ScheduleKind.class, schedule, "--schedule");
        LearningRateSchedule defaults = kind.thesisDefault();
        double e0 = learningRate != null ? learningRate
                : adam ? AdamSettings.THESIS_STEP_SIZE
                : kind == ScheduleKind.CONSTANT ? baseRate : defaults.initialRate();
        return switch (kind) {
            case CONSTANT -> new ConstantRate(e0);
            case PIECEWISE_CONSTANT -> new PiecewiseConstantDecay(e0);
            case EXPONENTIAL -> new ExponentialDecay(e0, or(decay,
                    ((ExponentialDecay) defaults).decayRate()));
            case INVERSE_TIME -> new InverseTimeDecay(e0, or(decay,
                    ((InverseTimeDecay) defaults).decayRate()));
            case POLYNOMIAL -> new PolynomialDecay(e0, or(power, ((PolynomialDecay) defaults).power()),
                    or(endRate, ((PolynomialDecay) defaults).endRate()));
        };
    }

    /** What this JVM can still allocate: its maximum heap less what is in use. */
    static long availableMemory() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    private static double or(Double given, double fallback) {
        return given != null ? given : fallback;
    }
}
