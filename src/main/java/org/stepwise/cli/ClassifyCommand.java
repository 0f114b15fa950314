package org.stepwise.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.stepwise.data.DigitPreprocessor;
import org.stepwise.data.GrayImages;
import org.stepwise.data.MnistDataset;
import org.stepwise.data.PreparedDigit;
import org.stepwise.model.ModelFile;
import org.stepwise.model.SavedModel;
import org.stepwise.model.ShippedModel;
import org.stepwise.network.Activation;
import org.stepwise.network.Network;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise classify}: reads pictures of single digits, prepares each
 * with {@link DigitPreprocessor} as the canvas does, and prints what a
 * network reads, one line per file.
 *
 * <p>A file that cannot be read (missing, not an image, blank) gives one
 * line on standard error naming it and the problem; the others are still
 * read, and the exit code is then 1.
 */
@Command(name = "classify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Read the digit in each picture (PNG or JPEG, any size, dark on light or light on dark) and "
                    + "print '<file>: <digit> (p=<probability>)'.",
            "Pictures are prepared as MNIST's digits were: cropped to the ink, fitted into 20x20, centred by "
                    + "mass in 28x28."
        })
final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "FILE",
            description = "A model file saved by Stepwise (default: the network shipped in assets/models).")
    Path model;

    @Option(names = "--top", paramLabel = "N", defaultValue = "1",
            description = "Print the N likeliest digits, likeliest first (default: ${DEFAULT-VALUE}).")
    int top;

    @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "Pictures of one digit each.")
    List<Path> images;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        OptionChecks.requireReadableFile("--model", model);
        Network network = loadNetwork();
        if (top < 1 || top > network.outputSize()) {
            throw new ParameterException(spec.commandLine(), "--top must be from 1 to "
                    + network.outputSize() + ", got " + top);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String measure = network.outputActivation() == Activation.SOFTMAX ? "p" : "output";
        DigitPreprocessor preprocessor = new DigitPreprocessor();

        int failures = 0;
        for (Path image : images) {
            String line = classify(image, network, preprocessor, measure, err);
            if (line == null) {
                failures++;
            } else {
                out.println(line);
                out.flush();
            }
        }
        err.flush();
        return failures == 0 ? 0 : 1;
    }

    /** The network to read with: the one given, or the shipped one; it must read 28x28 digits. */
    private Network loadNetwork() throws IOException {
        SavedModel saved = model != null ? ModelFile.load(model) : ShippedModel.load();
        Network network = saved.network();
        if (network.inputSize() != MnistDataset.PIXEL_COUNT || network.outputSize() != 10) {
            String name = model != null ? model.toString() : ShippedModel.FILE_NAME;
            throw new IOException(name
                    + ": expected a network that reads 28x28 digits (784 inputs, 10 outputs)"
                    + " but found " + network.inputSize() + " inputs and " + network.outputSize()
                    + " outputs");
        }
        return network;
    }

    /** One file's result line, or null after reporting its problem on {@code err}. */
    private String classify(Path image, Network network, DigitPreprocessor preprocessor, String measure,
            PrintWriter err) {
        PreparedDigit digit;
        try {
            digit = preprocessor.prepare(GrayImages.read(image));
        } catch (IOException e) {
            err.println("stepwise: " + e.getMessage());
            return null;
        }
        if (digit.isEmpty()) {
            err.println("stepwise: " + image + ": " + digit.hint());
            return null;
        }
        if (!digit.hint().isEmpty()) {
            err.println("stepwise: note: " + image + ": " + digit.hint());
        }

        double[] outputs = network.output(digit.pixels());
        String ranked = IntStream.range(0, outputs.length).boxed()
                .sorted(Comparator.comparingDouble((Integer d) -> -outputs[d]).thenComparingInt(d -> d))
                .limit(top)
                .map(d -> String.format(Locale.ROOT, "%d (%s=%.2f)", d, measure, outputs[d]))
                .collect(Collectors.joining(", "));
        return image + ": " + ranked;
    }
}
