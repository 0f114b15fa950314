package org.stepwise.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.stepwise.data.Datasets;
import org.stepwise.report.StudyCharts;
import org.stepwise.report.StudyCsv;
import org.stepwise.train.ConfigurationSummary;
import org.stepwise.train.RunControl;
import org.stepwise.train.StudyConfiguration;
import org.stepwise.train.StudyListener;
import org.stepwise.train.StudyPlan;
import org.stepwise.train.StudyResult;
import org.stepwise.train.StudyRunner;
import org.stepwise.train.ThesisPresets;
import org.stepwise.train.TrainingConfig;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise study}: a thesis experiment or one configuration, repeated
 * over runs, averaged, written as CSV and PNG files.
 */
@Command(name = "study", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a study: each configuration trained --runs times (run i of every configuration "
                + "uses seed --seed + i), averaged step by step, then written to --out as CSV and PNG files. "
                + "Give --preset for one of the thesis's figures (figure-4, figure-6, figure-7, figure-9 to "
                + "figure-15; --list-presets says what each shows), or describe one configuration with the "
                + "options below."
        )
final class StudyCommand implements Callable<Integer> {

    @Option(names = "--preset", paramLabel = "NAME", description = "A thesis experiment, such as figure-9.")
    String preset;

    @Option(names = "--list-presets", description = "List the presets and what each shows, then exit.")
    boolean listPresets;

    @Option(names = "--protocol", paramLabel = "NAME", defaultValue = "thesis",
            description = "Base settings for a single configuration: thesis (the thesis program's way) or "
                    + "default (ReLU, softmax, cross-entropy, Glorot per layer, shuffled epochs, rate 0.1). "
                    + "Default: ${DEFAULT-VALUE}.")
    String protocol;

    @Mixin
    ConfigOptions options;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10",
            description = "Runs per configuration (default: ${DEFAULT-VALUE}, as the thesis).")
    int runs;

    @Option(names = "--threads", paramLabel = "N",
            description = "Runs trained at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--block", paramLabel = "STEPS", defaultValue = "75",
            description = "Smoothing: the mean of each block of this many steps (default: ${DEFAULT-VALUE}, "
                    + "3,750 steps give 50 points); 1 draws the raw curves.")
    int block;

    @Option(names = "--data", paramLabel = "DIR",
            description = "A folder of IDX files to use instead of the shipped MNIST.")
    Path data;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the CSV and PNG files go (default: study-<name> in this folder).")
    Path out;

    @Option(names = "--overwrite",
            description = "Replace the study's CSV and PNG files if --out already holds them.")
    boolean overwrite;

    @Spec
    CommandSpec spec;

    /**
     * The files of an earlier export of this study in {@code directory}: {@code <name>-*.csv} and {@code
     * .png}.
     */
    private static List<Path> existingExports(Path directory, String name) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(directory)) {
            return List.of();
        }
        try (var files = java.nio.file.Files.list(directory)) {
            return files.filter(file -> {
                String fileName = file.getFileName().toString();
                return fileName.startsWith(name + "-") && (fileName.endsWith(".csv")
                        || fileName.endsWith(".png"));
            }).sorted().toList();
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (listPresets) {
            for (ThesisPresets.Preset p : ThesisPresets.all()) {
                out.printf("%-10s %s%n", p.name(), p.description());
            }
            out.flush();
            return 0;
        }
        StudyPlan plan = plan();
        if (block < 1) {
            throw bad("--block must be at least 1 step, got " + block);
        }
        int threadCount = threads != null ? threads : StudyRunner.defaultThreads();
        if (threadCount < 1) {
            throw bad("--threads must be at least 1, got " + threadCount);
        }
        // More threads than runs would only sit idle; say how many work.
        threadCount = (int) Math.min(threadCount, (long) plan.configurations().size() * plan.runs());
        Path directory = this.out != null ? this.out : Path.of("study-" + plan.name());
        OptionChecks.requireWritableFolder("--out", directory);
        List<Path> existing = existingExports(directory, plan.name());
        if (!existing.isEmpty() && !overwrite) {
            throw bad("--out " + directory + " already holds " + existing.get(0).getFileName()
                    + (existing.size() > 1 ? " and " + (existing.size() - 1)
                    + " more of this study's files" : "")
                    + "; choose another folder or add --overwrite to replace them");
        }
        // Made before training, so that an unwritable place fails now rather than after the study.
        java.nio.file.Files.createDirectories(directory);
        Datasets datasets = TrainCommand.loadData(data);
        plan.configurations().forEach(c -> ConfigOptions.checkBatchFits(c.config(),
                datasets.training().size()));

        out.printf("%s: %d configuration(s) x %d runs on %s, %d threads%n", plan.name(),
                plan.configurations().size(), plan.runs(), datasets.sourceDescription(), threadCount);
        out.flush();
        StudyResult result;
        try (ProgressBar bar = TrainCommand.progressBar("Study", plan.totalSteps())) {
            result = new StudyRunner(datasets, threadCount).run(plan, new StudyListener() {
                @Override
                public void onProgress(long completed, long total) {
                    bar.stepTo(Math.max(bar.getCurrent(), completed));
                }
            }, new RunControl());
        }

        List<Path> files = new ArrayList<>(StudyCsv.write(result, block, directory));
        files.addAll(StudyCharts.write(result, block, directory));
        for (ConfigurationSummary c : result.configurations()) {
            out.println(c.summaryLine());
        }
        out.printf(Locale.ROOT, "wrote %d files to %s in %.1f s%n", files.size(), directory,
                result.seconds());
        out.flush();
        return 0;
    }

    private StudyPlan plan() {
        if (runs < 1) {
            throw bad("--runs must be at least 1, got " + runs);
        }
        long baseSeed = options.seed != null ? options.seed : 1L;
        if (preset != null) {
            if (options.anyGiven()) {
                throw bad("--preset sets the configurations itself; leave out the configuration options "
                        + "(keep --runs, --seed, --threads, --block, --data, --out)");
            }
            return ThesisPresets.find(preset)
                    .orElseThrow(() -> bad("--preset '" + preset + "' is not one of "
                            + String.join(", ", ThesisPresets.all().stream().map(ThesisPresets.Preset::name)
                                    .toList())))
                    .plan(runs, baseSeed);
        }
        TrainingConfig base = switch (protocol.trim().toLowerCase(Locale.ROOT)) {
            case "thesis" -> TrainingConfig.thesis();
            case "default" -> TrainingConfig.everyday();
            default -> throw bad("--protocol '" + protocol + "' is not one of thesis|default");
        };
        TrainingConfig config = options.toConfig(base);
        String label = config.networkLabel(784, 10) + " " + config.optimizer().label() + " "
                + ThesisPresets.label(config.schedule());
        return new StudyPlan(slug(label), "One configuration: " + label + ".",
                List.of(new StudyConfiguration(label, config)), runs, baseSeed);
    }

    /** "784-32-10 SGD constant 0.3" becomes "784-32-10-sgd-constant-0.3", for file names. */
    static String slug(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-|-$", "");
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
