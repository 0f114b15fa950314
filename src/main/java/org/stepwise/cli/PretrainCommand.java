package org.stepwise.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.stepwise.data.Datasets;
import org.stepwise.data.DigitAugmenter;
import org.stepwise.data.MnistDataset;
import org.stepwise.model.ModelFile;
import org.stepwise.model.SavedModel;
import org.stepwise.model.ShippedModel;
import org.stepwise.model.TrainingHistory;
import org.stepwise.network.Activation;
import org.stepwise.network.Loss;
import org.stepwise.network.Network;
import org.stepwise.network.WeightInitializer;
import org.stepwise.optimize.AdamSettings;
import org.stepwise.optimize.ExponentialDecay;
import org.stepwise.train.DigitAugmentation;
import org.stepwise.train.RunControl;
import org.stepwise.train.RunResult;
import org.stepwise.train.Sampling;
import org.stepwise.train.StepMetrics;
import org.stepwise.train.Trainer;
import org.stepwise.train.TrainingConfig;
import org.stepwise.train.TrainingListener;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise pretrain}: trains the network that ships for drawing, by
 * one fixed recipe, and saves it as a model file.
 *
 * <p>The recipe: 784-256-128-10, ReLU, softmax with cross-entropy, Glorot
 * per layer, Adam from 0.001 decaying by 0.88 a section, batches of 128 in
 * shuffled epochs, one epoch (469 steps) a section. Three in four training
 * images are replaced, each time they are drawn, by a fresh copy from
 * {@link DigitAugmenter} (tilted, slanted, stretched, thicker or thinner,
 * prepared like a drawn digit, shifted). Same seed, same weights.
 */
@Command(name = "pretrain", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train the network Stepwise ships for drawing, by its fixed recipe (784-256-128-10, "
                + "Adam, augmented digits), and save it as a model file. Takes about ten minutes.")
final class PretrainCommand implements Callable<Integer> {

    /** Images left as MNIST drew them; the rest are augmented copies. */
    static final double ORIGINAL_SHARE = 0.25;

    /** How many augmented test copies the finished network is checked on. */
    private static final int DRAWN_CHECK_COPIES = 10_000;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to save the model (default: ${DEFAULT-VALUE} in the current folder;"
                    + " give --out assets/models/stepwise-mnist.json --overwrite to replace the shipped"
                    + " one).")
    Path out = Path.of(ShippedModel.FILE_NAME);

    @Option(names = "--overwrite", description = "Replace the --out file if it exists.")
    boolean overwrite;

    @Option(names = "--sections", paramLabel = "N", defaultValue = "20",
            description = "Sections of one epoch each (default: ${DEFAULT-VALUE}).")
    int sections;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the weights, batches and augmentation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--data", paramLabel = "DIR",
            description = "A folder of IDX files to use instead of the shipped MNIST.")
    Path data;

    @Spec
    CommandSpec spec;

    /** The recipe's configuration for a number of sections and a seed. */
    static TrainingConfig recipe(int sections, long seed) {
        return TrainingConfig.everyday().toBuilder()
                .hiddenSizes(List.of(256, 128)).hiddenActivation(Activation.RELU)
                .outputActivation(Activation.SOFTMAX).loss(Loss.CROSS_ENTROPY)
                .initializer(WeightInitializer.GLOROT_UNIFORM).optimizer(AdamSettings.thesis())
                .schedule(new ExponentialDecay(0.001, 0.88)).batchSize(128).sections(sections)
                .stepsPerSection(469).sampling(Sampling.WITHOUT_REPLACEMENT).testSampleSize(0).seed(seed)
                .build();
    }

    @Override
    public Integer call() throws IOException {
        if (sections < 1) {
            throw new ParameterException(spec.commandLine(), "--sections must be at least 1, got "
                    + sections);
        }
        OptionChecks.requireWritableFile("--out", out);
        if (java.nio.file.Files.exists(out) && !overwrite) {
            // Ten minutes of training must not end by silently replacing a network, least of all the shipped
            // one.
            throw new ParameterException(spec.commandLine(), "--out " + out
                    + " already exists; choose another file or add --overwrite to replace it");
        }
        TrainingConfig config = recipe(sections, seed);
        // Its own stream, apart from the trainer's, which all derive from the seed itself.
        DigitAugmentation augmentation = new DigitAugmentation(DigitAugmenter.Settings.forDrawing(),
                ORIGINAL_SHARE, seed + 1);
        Datasets datasets = TrainCommand.loadData(data);
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf("pretrain: %s on %s%n%s%n", config.describe(datasets.training().pixelCount(), 10),
                datasets.sourceDescription(), augmentation);
        printer.flush();

        List<Double> accuracies = new ArrayList<>();
        RunResult result = train(config, datasets, augmentation, accuracies, printer);
        double drawn = drawnAccuracy(result.network(), datasets.test(), seed);
        printer.printf(Locale.ROOT, "full test accuracy %.4f, augmented test copies %.4f, after %d steps"
                + " in %.1f s%n", result.fullTestAccuracy(), drawn, result.completedSteps(),
                result.seconds());

        String notes = String.format(Locale.ROOT, "stepwise pretrain --sections %d --seed %d; %s; accuracy on"
                + " %d augmented copies of the test set %.4f", sections, seed, augmentation,
                DRAWN_CHECK_COPIES,
                drawn);
        // The shipped data's description names this machine's folder; the model file travels.
        String source = data == null ? "MNIST shipped with Stepwise (assets/mnist, SHA-256 verified)"
                : datasets.sourceDescription();
        TrainingHistory history = TrainingHistory.of(result, accuracies, source, notes);
        ModelFile.save(out, new SavedModel(result.network(), config, history));
        printer.printf(Locale.ROOT, "saved %s (%.1f MB)%n", out, Files.size(out) / 1e6);
        printer.flush();
        return 0;
    }

    private static RunResult train(TrainingConfig config, Datasets datasets, DigitAugmentation augmentation,
            List<Double> accuracies, PrintWriter printer) {
        try (ProgressBar bar = TrainCommand.progressBar("Pretraining", config.totalSteps())) {
            return new Trainer(config, datasets, null, augmentation).run(new TrainingListener() {
                @Override
                public void onStep(StepMetrics m) {
                    bar.step();
                    if (m.hasFullTestAccuracy()) {
                        accuracies.add(m.fullTestAccuracy());
                        printer.printf(Locale.ROOT, "section %d/%d: rate %.3g, batch loss %.4f, test accuracy"
                                + " %.4f%n", m.section(), config.sections(), m.learningRate(), m.batchLoss(),
                                m.fullTestAccuracy());
                        printer.flush();
                    }
                }
            }, new RunControl());
        }
    }

    /**
     * The share of augmented copies of the test set read right: test digits
     * drawn differently, a quick stand-in for digits people draw.
     */
    static double drawnAccuracy(Network network, MnistDataset test, long seed) {
        DigitAugmenter augmenter = new DigitAugmenter(DigitAugmenter.Settings.forDrawing());
        SplittableRandom random = new SplittableRandom(seed + 2);
        double[] image = new double[MnistDataset.PIXEL_COUNT];
        int correct = 0;
        for (int i = 0; i < DRAWN_CHECK_COPIES; i++) {
            int index = i % test.size();
            test.copyImage(index, image, 0, 1);
            double[] copy = augmenter.augment(image, random);
            if (Network.argMax(network.output(copy)) == test.label(index)) {
                correct++;
            }
        }
        return (double) correct / DRAWN_CHECK_COPIES;
    }
}
