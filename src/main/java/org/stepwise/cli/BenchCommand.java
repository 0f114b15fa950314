package org.stepwise.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.stepwise.data.Datasets;
import org.stepwise.network.Gemm;
import org.stepwise.train.TrainingBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise bench}: training throughput of the thesis's networks, one
 * line per case, for comparison with src/bench/pytorch_bench.py.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time the thesis protocol's training step (SGD, the thesis's ReLU, sum-of-squares "
                + "loss, float64) and print samples per second, the median of --sections timed sections "
                + "after a JIT warm-up, with the product operations per second and their share of the "
                + "machine's peak.")
final class BenchCommand implements Callable<Integer> {

    private static final List<String> THESIS_SIZES = List.of("32", "16,16", "400,400");

    @Option(names = "--hidden", paramLabel = "SIZES",
            description = "Hidden layer sizes, comma separated, such as 32, 16,16 or 400,400; repeat the "
                    + "option for more cases (default: the thesis's three).")
    List<String> hidden;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "16",
            description = "Mini-batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--sections", paramLabel = "N", defaultValue = "5",
            description = "Timed sections; the median is printed (default: ${DEFAULT-VALUE}).")
    int sections;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "1",
            description = "Length of one timed section in seconds; the warm-up is two "
                    + "(default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Networks trained at once, one per thread, as a study does; the figures add "
                    + "them up (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--peak", paramLabel = "GFLOPS", defaultValue = "153",
            description = "The machine's double-precision peak in GFLOP/s, for the share printed (default: "
                    + "${DEFAULT-VALUE}: 2 AVX-512 cores x 76.5, the machine Stepwise's figures were "
                    + "measured on, where OpenBLAS's dgemm reaches 71 GFLOP/s on one core).")
    double peak;

    @Option(names = "--data", paramLabel = "DIR",
            description = "A folder of IDX files to use instead of the shipped MNIST.")
    Path data;

    @Option(names = "--window", paramLabel = "STEPS", arity = "0..1", fallbackValue = "1000000",
            description = "Instead, open the window, train the default network for STEPS steps (default "
                    + "1,000,000) with live charts, and print how fluid the window stayed: the FX thread's "
                    + "work per pulse, how long an event waits for it, and the heap as the run goes on. "
                    + "Needs a display (a real one or Xvfb).")
    Integer windowSteps;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (windowSteps != null) {
            check(windowSteps >= 1, "--window needs at least 1 step, got " + windowSteps);
            javafx.application.Application.launch(org.stepwise.ui.WindowBenchmark.class,
                    Integer.toString(windowSteps));
            return 0;
        }
        List<List<Integer>> cases = cases();
        check(batch >= 1, "--batch must be at least 1, got " + batch);
        check(sections >= 1, "--sections must be at least 1, got " + sections);
        check(seconds > 0, "--seconds must be above 0, got " + seconds);
        check(threads >= 1, "--threads must be at least 1, got " + threads);
        check(peak > 0, "--peak must be above 0, got " + peak);
        Datasets datasets = TrainCommand.loadData(data);
        PrintWriter out = spec.commandLine().getOut();

        out.printf(Locale.ROOT, "matrix products: %s%n", Gemm.describeBackend());
        out.printf(Locale.ROOT,
                "thesis step: SGD rate 0.3, thesis ReLU, thesis sum-of-squares, batches drawn "
                + "with replacement, float64; %d thread%s; peak assumed %.0f GFLOP/s (--peak)%n", threads,
                threads == 1 ? "" : "s", peak);
        out.flush();
        for (List<Integer> hiddenSizes : cases) {
            TrainingBenchmark.Result result = TrainingBenchmark.measure(datasets, hiddenSizes, batch, threads,
                    sections, seconds);
            out.println(line(result));
            out.flush();
        }
        return 0;
    }

    /** "784-32-10 batch 16: 123,456 samples/s (median of 5 sections, OpenBLAS), 12.6 GFLOP/s, 8% of peak". */
    String line(TrainingBenchmark.Result result) {
        String network = Arrays.stream(result.sizes()).mapToObj(Integer::toString)
                .collect(Collectors.joining("-"));
        String threadNote = result.threads() == 1 ? "" : ", " + result.threads() + " threads";
        double gflops = result.gigaflopsPerSecond();
        return String.format(Locale.US, "%s batch %d: %,.0f samples/s (median of %d sections%s, %s), "
                + "%.1f GFLOP/s, %.0f%% of peak", network, result.batchSize(), result.samplesPerSecond(),
                result.sectionRates().length, threadNote, Gemm.backendLabel(), gflops, 100 * gflops / peak);
    }

    private List<List<Integer>> cases() {
        List<String> given = hidden == null || hidden.isEmpty() ? THESIS_SIZES : hidden;
        return given.stream().map(this::sizes).toList();
    }

    private List<Integer> sizes(String text) {
        try {
            List<Integer> sizes = Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf)
                    .toList();
            check(sizes.stream().allMatch(s -> s >= 1), "--hidden sizes must be at least 1, got " + text);
            return sizes;
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(),
                    "--hidden takes sizes such as 32 or 400,400, got '"
                    + text + "'");
        }
    }

    private void check(boolean condition, String message) {
        if (!condition) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }
}
