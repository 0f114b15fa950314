package org.stepwise.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.stepwise.data.Datasets;
import org.stepwise.data.ShippedData;
import org.stepwise.model.ModelFile;
import org.stepwise.model.SavedModel;
import org.stepwise.model.TrainingHistory;
import org.stepwise.train.RunControl;
import org.stepwise.train.RunResult;
import org.stepwise.train.StepMetrics;
import org.stepwise.train.Trainer;
import org.stepwise.train.TrainingConfig;
import org.stepwise.train.TrainingListener;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stepwise train}: one run without the window, one line per section. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train one network without the window and print the test accuracy after each section.")
final class TrainCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--data", paramLabel = "DIR",
            description = "A folder of IDX files to use instead of the shipped MNIST.")
    Path data;

    @Option(names = "--save", paramLabel = "FILE",
            description = "Save the trained network with its configuration and the run's history as a "
                    + "model file (see assets/models/README.md), for classify --model or the window.")
    Path save;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        TrainingConfig config = options.toConfig();
        OptionChecks.requireWritableFile("--save", save);
        Datasets datasets = loadData(data);
        ConfigOptions.checkBatchFits(config, datasets.training().size());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s on %s, %s, %s, %d sections x %d steps of %d, seed %d%n",
                config.networkLabel(datasets.training().pixelCount(), 10), datasets.sourceDescription(),
                config.optimizer().label(), config.schedule(), config.sections(), config.stepsPerSection(),
                config.batchSize(), config.seed());
        out.flush();

        List<Double> accuracies = new ArrayList<>();
        long[] firstNonFinite = {-1};
        double[] rateThen = {Double.NaN};
        RunResult result;
        try (ProgressBar bar = progressBar("Training", config.totalSteps())) {
            result = new Trainer(config, datasets).run(new TrainingListener() {
                @Override
                public void onStep(StepMetrics m) {
                    bar.step();
                    if (firstNonFinite[0] < 0 && !Double.isFinite(m.batchLoss())) {
                        firstNonFinite[0] = m.step();
                        rateThen[0] = m.learningRate();
                    }
                    if (m.hasFullTestAccuracy()) {
                        accuracies.add(m.fullTestAccuracy());
                        clearProgressLine();
                        out.printf("section %d/%d: rate %.4g, batch loss %.4f, test accuracy %.4f%n",
                                m.section(), config.sections(), m.learningRate(), m.batchLoss(),
                                m.fullTestAccuracy());
                        out.flush();
                    }
                }
            }, new RunControl());
        }
        out.printf("full test accuracy %.4f after %d steps; %.1f s%n", result.fullTestAccuracy(),
                result.completedSteps(), result.seconds());
        out.flush();
        if (firstNonFinite[0] >= 0) {
            // Headless runs are not paused (they run as the thesis's program did), but a diverged one is said
            // so.
            // The rate suggested is a tenth, and never above 0.5: above 1 plain SGD usually diverges.
            spec.commandLine().getErr().printf("stepwise: training diverged: the loss was no longer a finite"
                    + " number from step %d on, at learning rate %s; try a smaller --lr, such as %s%n",
                    firstNonFinite[0], plain(rateThen[0]), plain(Math.min(rateThen[0] / 10, 0.5)));
            spec.commandLine().getErr().flush();
        }
        return save == null ? 0 : save(config, datasets, result, accuracies);
    }

    /** Writes the model file asked for by --save; a diverged network is reported, not saved. */
    private int save(TrainingConfig config, Datasets datasets, RunResult result, List<Double> accuracies)
            throws IOException {
        if (!result.network().isFinite()) {
            spec.commandLine().getErr().println("stepwise: " + save + ": not saved, because training diverged"
                    + " (the weights are no longer finite); try a lower --lr");
            spec.commandLine().getErr().flush();
            return 1;
        }
        TrainingHistory history = TrainingHistory.of(result, accuracies, datasets.sourceDescription(), "");
        ModelFile.save(save, new SavedModel(result.network(), config, history));
        spec.commandLine().getOut().println("saved " + save);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** A rate as a person writes it: 100, 0.5, 0.003 (four significant digits at most). */
    private static String plain(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }

    /** The shipped MNIST, or the IDX folder given. */
    static Datasets loadData(Path directory) throws IOException {
        if (directory != null && !java.nio.file.Files.isDirectory(directory)) {
            throw new IllegalArgumentException("--data " + directory
                    + " is not a folder; give the folder that "
                    + "holds the four IDX files");
        }
        return directory == null ? ShippedData.loadMnist() : Datasets.fromDirectory(directory);
    }

    /**
     * Wipes the progress bar's line on a terminal before a line of output, so
     * the two do not run together; elsewhere (a pipe, a log) does nothing.
     */
    static void clearProgressLine() {
        if (System.console() != null) {
            System.err.print("\r\033[K");
            System.err.flush();
        }
    }

    /** A terminal progress bar on standard error, so standard output stays clean. */
    static ProgressBar progressBar(String task, long total) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).showSpeed();
        if (System.console() == null) {
            // Not a terminal (a pipe, a log): a plain line every ten seconds instead of a redrawn bar.
            return builder.setConsumer(new DelegatingProgressBarConsumer(System.err::println))
                    .setUpdateIntervalMillis(10_000).build();
        }
        return builder.setUpdateIntervalMillis(250).continuousUpdate().build();
    }
}
