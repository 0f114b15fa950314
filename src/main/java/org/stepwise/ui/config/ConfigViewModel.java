package org.stepwise.ui.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.stepwise.network.Activation;
import org.stepwise.network.Loss;
import org.stepwise.optimize.ConstantRate;
import org.stepwise.optimize.ExponentialDecay;
import org.stepwise.optimize.InverseTimeDecay;
import org.stepwise.optimize.LearningRateSchedule;
import org.stepwise.optimize.PiecewiseConstantDecay;
import org.stepwise.optimize.PolynomialDecay;
import org.stepwise.optimize.ScheduleKind;
import org.stepwise.train.Sampling;
import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.Formats;

/**
 * The training settings as a person edits them, and the
 * {@link TrainingConfig} they make when every one is valid.
 *
 * <p>Each typed setting is checked on its own by the engine's own rules (the
 * value is tried on a known-good configuration), so the message beside a
 * control is the engine's, in words. Settings the engine ignores while
 * another choice is made (a decay rate under a constant schedule) do not
 * block starting.
 */
public final class ConfigViewModel {

    /** The most hidden layers the window offers. */
    public static final int MAX_HIDDEN_LAYERS = 3;

    /** The largest layer the window accepts; the sliders reach it too. */
    public static final int SLIDER_MAX_LAYER_SIZE = 512;

    /** The largest learning rate the window accepts; rates above 1 only get a warning. */
    public static final double MAX_LEARNING_RATE = 100;

    /** Above this rate a warning says plain SGD is likely to diverge. */
    public static final double LARGE_LEARNING_RATE = 1;

    /** The largest decay rate, power or end rate a schedule accepts. */
    public static final double MAX_SCHEDULE_PARAMETER = 100;

    /** MNIST's training images: the batch-size bound until other data is loaded. */
    public static final int MNIST_TRAINING_IMAGES = 60_000;

    public static final List<Activation> HIDDEN_ACTIVATIONS =
            List.of(Activation.SIGMOID, Activation.RELU, Activation.THESIS_RELU);

    public static final List<Activation> OUTPUT_ACTIVATIONS = List.of(Activation.values());

    private static final int SPARE_LAYER_SIZE = 16;

    private final TrainingConfig base;
    // The last loaded settings: what no control shows (the initializer, the
    // test sample) comes from them, so a lesson or file runs as it was saved.
    private TrainingConfig loaded;
    private final IntegerProperty hiddenLayerCount =
            new SimpleIntegerProperty(this, "hiddenLayerCount", 1);
    private final List<TextSetting<Integer>> layerSizes = new ArrayList<>();
    private final TextSetting<Double> learningRate;
    private final ObjectProperty<ScheduleKind> scheduleKind =
            new SimpleObjectProperty<>(this, "scheduleKind");
    private final TextSetting<Double> exponentialDecayRate;
    private final TextSetting<Double> inverseTimeDecayRate;
    private final TextSetting<Double> power;
    private final TextSetting<Double> endRate;
    private final ObjectProperty<OptimizerChoice> optimizer =
            new SimpleObjectProperty<>(this, "optimizer");
    private final ObjectProperty<Activation> hiddenActivation =
            new SimpleObjectProperty<>(this, "hiddenActivation");
    private final ObjectProperty<Activation> outputActivation =
            new SimpleObjectProperty<>(this, "outputActivation");
    private final ObjectProperty<Loss> loss = new SimpleObjectProperty<>(this, "loss");
    private final TextSetting<Integer> batchSize;
    private final TextSetting<Integer> sections;
    private final TextSetting<Integer> stepsPerSection;
    private final ObjectProperty<Sampling> sampling = new SimpleObjectProperty<>(this, "sampling");
    private final TextSetting<Long> seed;

    private final ReadOnlyObjectWrapper<TrainingConfig> config =
            new ReadOnlyObjectWrapper<>(this, "config");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper formula = new ReadOnlyStringWrapper(this, "formula", "");
    private final ReadOnlyStringWrapper scheduleHelp =
            new ReadOnlyStringWrapper(this, "scheduleHelp", "");
    private final ReadOnlyStringWrapper optimizerNote =
            new ReadOnlyStringWrapper(this, "optimizerNote", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyStringWrapper scheduleTooltip =
            new ReadOnlyStringWrapper(this, "scheduleTooltip", "");
    private final IntegerProperty trainingImages =
            new SimpleIntegerProperty(this, "trainingImages", MNIST_TRAINING_IMAGES);
    private final LongSupplier availableMemory;
    private boolean loading;

    /** Starts from {@code defaults}, which is also the base each setting is checked on. */
    public ConfigViewModel(TrainingConfig defaults) {
        this(defaults, ConfigViewModel::memoryThisJavaMayUse);
    }

    /**
     * As {@link #ConfigViewModel(TrainingConfig)}, with {@code availableMemory}
     * telling how many bytes a run may use (tests pass a small figure).
     */
    public ConfigViewModel(TrainingConfig defaults, LongSupplier availableMemory) {
        base = defaults;
        this.availableMemory = availableMemory;
        for (int i = 0; i < MAX_HIDDEN_LAYERS; i++) {
            layerSizes.add(TextSetting.wholeNumber(SPARE_LAYER_SIZE, this::checkLayerSize));
        }
        learningRate = TextSetting.decimal("0.3", ConfigViewModel::checkLearningRate);
        exponentialDecayRate = TextSetting.decimal("0.75", g -> {
            new ExponentialDecay(1, g);
            return atMost("the decay rate", g, 1, "above 1 the rate would grow every section");
        });
        inverseTimeDecayRate = TextSetting.decimal("0.5", g -> atMost("the decay rate",
                new InverseTimeDecay(1, g).decayRate(), MAX_SCHEDULE_PARAMETER, null));
        power = TextSetting.decimal("0.5", p -> atMost("the power",
                new PolynomialDecay(1, p, 0).power(), MAX_SCHEDULE_PARAMETER, null));
        endRate = TextSetting.decimal("0.1", end -> atMost("the end rate",
                new PolynomialDecay(1, 1, end).endRate(), MAX_LEARNING_RATE, null));
        batchSize = TextSetting.wholeNumber(defaults.batchSize(), this::checkBatchSize);
        sections = TextSetting.wholeNumber(defaults.sections(),
                value -> base.toBuilder().sections(value).build().sections());
        stepsPerSection = TextSetting.wholeNumber(defaults.stepsPerSection(),
                value -> base.toBuilder().stepsPerSection(value).build().stepsPerSection());
        seed = new TextSetting<>(Long.toString(defaults.seed()), TextSetting::parseLong);

        load(defaults);
        listenForChanges();
        optimizer.addListener((observable, before, now) -> suggestRateFor(before, now));
        trainingImages.addListener(observable -> batchSize.recheck());
        rebuild();
    }

    private static Double checkLearningRate(Double rate) {
        new ConstantRate(rate);
        return atMost("the learning rate", rate, MAX_LEARNING_RATE,
                "type a smaller rate; above 1 plain SGD usually diverges");
    }

    private static Double atMost(String name, Double value, double limit, String advice) {
        if (value > limit) {
            throw new IllegalArgumentException(name + " must be at most " + LogScale.text(limit)
                    + ", got " + LogScale.text(value) + (advice == null ? "" : "; " + advice));
        }
        return value;
    }

    private Integer checkBatchSize(Integer value) {
        int size = base.toBuilder().batchSize(value).build().batchSize();
        int images = trainingImages.get();
        if (size > images) {
            throw new IllegalArgumentException("the batch size must be at most " + Formats.count(images)
                    + ", the number of training images, got " + Formats.count(size));
        }
        return size;
    }

    /** What this Java may still allocate: its maximum heap less what is in use. */
    static long memoryThisJavaMayUse() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    /** Sets every control from {@code settings}. */
    public void load(TrainingConfig settings) {
        loaded = settings;
        loading = true;
        try {
            loadLayers(settings.hiddenSizes());
            loadSchedule(settings.schedule());
            optimizer.set(OptimizerChoice.of(settings.optimizer()));
            hiddenActivation.set(settings.hiddenActivation());
            outputActivation.set(settings.outputActivation());
            loss.set(settings.loss());
            batchSize.setText(Integer.toString(settings.batchSize()));
            sections.setText(Integer.toString(settings.sections()));
            stepsPerSection.setText(Integer.toString(settings.stepsPerSection()));
            sampling.set(settings.sampling());
            seed.setText(Long.toString(settings.seed()));
            optimizerNote.set("");
        } finally {
            loading = false;
        }
        rebuild();
    }

    /**
     * Known shortcoming: the window has three layer rows, so a lesson or
     * network file with more hidden layers (the command line allows them)
     * shows only its first three, without a note saying so.
     */
    private void loadLayers(List<Integer> sizes) {
        int count = Math.max(1, Math.min(MAX_HIDDEN_LAYERS, sizes.size()));
        hiddenLayerCount.set(count);
        for (int i = 0; i < count; i++) {
            layerSizes.get(i).setText(Integer.toString(sizes.get(i)));
        }
    }

    private void loadSchedule(LearningRateSchedule schedule) {
        learningRate.setText(LogScale.text(schedule.initialRate()));
        scheduleKind.set(schedule.kind());
        if (schedule instanceof ExponentialDecay exponential) {
            exponentialDecayRate.setText(LogScale.text(exponential.decayRate()));
        } else if (schedule instanceof InverseTimeDecay inverseTime) {
            inverseTimeDecayRate.setText(LogScale.text(inverseTime.decayRate()));
        } else if (schedule instanceof PolynomialDecay polynomial) {
            power.setText(LogScale.text(polynomial.power()));
            endRate.setText(LogScale.text(polynomial.endRate()));
        }
    }

    private void listenForChanges() {
        List<Observable> inputs = new ArrayList<>(List.of(hiddenLayerCount, scheduleKind, optimizer,
                hiddenActivation, outputActivation, loss, sampling));
        for (TextSetting<?> setting : textSettings()) {
            inputs.add(setting.valueProperty());
            inputs.add(setting.errorProperty());
        }
        inputs.forEach(input -> input.addListener(observable -> rebuild()));
    }

    /** Adam's thesis step size is a hundredth of SGD's rate: switch the rate with it. */
    private void suggestRateFor(OptimizerChoice before, OptimizerChoice now) {
        if (loading || now == null || before == now) {
            return;
        }
        Double current = learningRate.getValue();
        boolean untouched = before != null && current != null && current == before.thesisRate();
        if (now == OptimizerChoice.ADAM || untouched) {
            learningRate.setText(LogScale.text(now.thesisRate()));
            optimizerNote.set("Learning rate set to " + LogScale.text(now.thesisRate())
                    + ", the thesis's rate for " + now.label() + ".");
        } else {
            optimizerNote.set("");
        }
    }

    private void rebuild() {
        if (loading) {
            return;
        }
        scheduleHelp.set(help(scheduleKind.get()));
        List<String> invalid = invalidSettings();
        if (!invalid.isEmpty()) {
            publish(null, "Fix " + inWords(invalid) + " to start.");
            return;
        }
        TrainingConfig built;
        try {
            built = build();
        } catch (IllegalArgumentException e) {
            publish(null, Formats.sentence(e.getMessage()));
            return;
        }
        String tooLarge = memoryProblem(built);
        publish(tooLarge.isEmpty() ? built : null, tooLarge);
    }

    private void publish(TrainingConfig built, String message) {
        config.set(built);
        valid.set(built != null);
        problem.set(message);
        formula.set(built == null ? formulaOrBlank() : formulaText(built));
        warning.set(built == null ? "" : warningFor(built));
        String help = scheduleHelp.get();
        scheduleTooltip.set(formula.get().isEmpty() ? help : "Now: " + formula.get() + "\n\n" + help);
    }

    /**
     * Refuses a network that cannot fit, with the estimate. The estimate is
     * TrainingConfig's (weights, gradients, optimizer state, snapshots and
     * one batch's activations); a fifth of the memory is kept free.
     */
    private String memoryProblem(TrainingConfig built) {
        long needed = built.estimatedMemoryBytes(784, 10);
        long available = availableMemory.getAsLong();
        if (needed <= available / 5 * 4) {
            return "";
        }
        return String.format(Locale.ROOT, "This %s network with batch %d needs about %s; this Java"
                + " may use %s. Use smaller layers or batches, or start Java with a larger -Xmx.",
                built.networkLabel(784, 10), built.batchSize(), gigabytes(needed),
                gigabytes(available));
    }

    private static String gigabytes(long bytes) {
        return bytes >= 1_000_000_000L
                ? String.format(Locale.ROOT, "%.1f GB", bytes / 1e9)
                : String.format(Locale.ROOT, "%d MB", Math.max(1, bytes / 1_000_000));
    }

    /** Advice that does not block starting: a rate that will not change, a large rate. */
    private static String warningFor(TrainingConfig built) {
        List<String> warnings = new ArrayList<>();
        LearningRateSchedule schedule = built.schedule();
        int n = built.sections();
        if (schedule.kind() != ScheduleKind.CONSTANT && neverChanges(schedule, n)) {
            warnings.add("The " + schedule.kind().label().toLowerCase(Locale.ROOT) + " schedule"
                    + " keeps the rate at " + LogScale.text(schedule.initialRate()) + " for the whole run"
                    + " (" + n + (n == 1 ? " section" : " sections") + "): the rate changes only between"
                    + " sections, so this run is a constant rate. "
                    + (n == 1 ? "Use more sections." : "Change the schedule's values."));
        }
        if (built.optimizer() instanceof org.stepwise.optimize.SgdSettings
                && built.learningRate() > LARGE_LEARNING_RATE) {
            warnings.add("A rate above " + LogScale.text(LARGE_LEARNING_RATE) + " usually makes"
                    + " SGD diverge; training pauses if the loss stops being a number.");
        }
        return String.join(" ", warnings);
    }

    private static boolean neverChanges(LearningRateSchedule schedule, int sections) {
        double first = schedule.rate(0, sections);
        for (int k = 1; k < sections; k++) {
            if (schedule.rate(k, sections) != first) {
                return false;
            }
        }
        return true;
    }

    private String formulaOrBlank() {
        try {
            return schedule().formula();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String formulaText(TrainingConfig built) {
        return built.schedule().formula() + "  for section k = 0.." + (built.sections() - 1);
    }

    private List<String> invalidSettings() {
        List<String> invalid = new ArrayList<>();
        for (int i = 0; i < hiddenLayerCount.get(); i++) {
            addIfInvalid(invalid, layerSizes.get(i), "the size of hidden layer " + (i + 1));
        }
        addIfInvalid(invalid, learningRate, "the learning rate");
        for (TextSetting<Double> parameter : scheduleParameters()) {
            addIfInvalid(invalid, parameter, "the schedule's settings");
        }
        addIfInvalid(invalid, batchSize, "the batch size");
        addIfInvalid(invalid, sections, "the number of sections");
        addIfInvalid(invalid, stepsPerSection, "the steps per section");
        addIfInvalid(invalid, seed, "the seed");
        return invalid;
    }

    /** "a", "a and b", "a, b and c". */
    private static String inWords(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.get(names.size() - 1);
    }

        private static void addIfInvalid(List<String> invalid, TextSetting<?> setting, String name) {
        if (!setting.isValid() && !invalid.contains(name)) {
            invalid.add(name);
        }
    }

    /** The parameter fields the chosen schedule uses. */
    public List<TextSetting<Double>> scheduleParameters() {
        ScheduleKind kind = scheduleKind.get();
        if (kind == null) {
            return List.of();
        }
        return switch (kind) {
            case CONSTANT, PIECEWISE_CONSTANT -> List.of();
            case EXPONENTIAL -> List.of(exponentialDecayRate);
            case INVERSE_TIME -> List.of(inverseTimeDecayRate);
            case POLYNOMIAL -> List.of(power, endRate);
        };
    }

    private TrainingConfig build() {
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < hiddenLayerCount.get(); i++) {
            sizes.add(layerSizes.get(i).getValue());
        }
        return loaded.toBuilder()
                .hiddenSizes(sizes)
                .schedule(schedule())
                .optimizer(optimizer.get().settings())
                .hiddenActivation(hiddenActivation.get())
                .outputActivation(outputActivation.get())
                .loss(loss.get())
                .batchSize(batchSize.getValue())
                .sections(sections.getValue())
                .stepsPerSection(stepsPerSection.getValue())
                .sampling(sampling.get())
                .seed(seed.getValue())
                .build();
    }

    private LearningRateSchedule schedule() {
        double e0 = learningRate.getValue();
        return switch (scheduleKind.get()) {
            case CONSTANT -> new ConstantRate(e0);
            case PIECEWISE_CONSTANT -> new PiecewiseConstantDecay(e0);
            case EXPONENTIAL -> new ExponentialDecay(e0, exponentialDecayRate.getValue());
            case INVERSE_TIME -> new InverseTimeDecay(e0, inverseTimeDecayRate.getValue());
            case POLYNOMIAL -> new PolynomialDecay(e0, power.getValue(), endRate.getValue());
        };
    }

    private Integer checkLayerSize(Integer size) {
        if (size < 1 || size > SLIDER_MAX_LAYER_SIZE) {
            throw new IllegalArgumentException("a hidden layer must have 1 to "
                    + SLIDER_MAX_LAYER_SIZE + " units, got " + Formats.count(size));
        }
        return base.toBuilder().hiddenSizes(List.of(size)).build().hiddenSizes().get(0);
    }

    private List<TextSetting<?>> textSettings() {
        List<TextSetting<?>> all = new ArrayList<>(layerSizes);
        all.addAll(List.of(learningRate, exponentialDecayRate, inverseTimeDecayRate, power, endRate,
                batchSize, sections, stepsPerSection, seed));
        return all;
    }

    /** What a schedule does and how it differs from the thesis's text, for its tooltip. */
    public static String help(ScheduleKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case CONSTANT -> "The rate stays e0 for the whole run: the thesis's baseline.";
            case PIECEWISE_CONSTANT -> "A linear staircase, e_k = e0 (n + 1 - k) / (n + 1)"
                    + " after k of n sections. With 10 sections it ends at 2/11 of e0, as the"
                    + " thesis's program did.";
            case EXPONENTIAL -> "e_k = e0 * g^k after k finished sections (thesis equation 12)."
                    + " The thesis used e0 = 0.5 and g = 0.75.";
            case INVERSE_TIME -> "e_k = e0 / (1 + g * k) after k finished sections. Stepwise"
                    + " uses this form, as the thesis's program and TensorFlow do; the thesis"
                    + " text prints e0 / (1 + g^k). The thesis used e0 = 0.5 and g = 0.5.";
            case POLYNOMIAL -> "e_k = (e0 - e_end) (1 - k/n)^p + e_end after k of n sections"
                    + " (thesis equation 15). The thesis's program ran p = 0.5 and e_end = 0.1;"
                    + " its Table 1 lists p = 2.5 and e_end = 0.01.";
        };
    }

    public IntegerProperty hiddenLayerCountProperty() {
        return hiddenLayerCount;
    }

    public int getHiddenLayerCount() {
        return hiddenLayerCount.get();
    }

    public void setHiddenLayerCount(int value) {
        hiddenLayerCount.set(value);
    }

    /** The sizes of all {@value #MAX_HIDDEN_LAYERS} layers; the first count are used. */
    public List<TextSetting<Integer>> layerSizes() {
        return List.copyOf(layerSizes);
    }

    /** The initial rate e0 (Adam's step size alpha). */
    public TextSetting<Double> learningRate() {
        return learningRate;
    }

    public ObjectProperty<ScheduleKind> scheduleKindProperty() {
        return scheduleKind;
    }

    /** g of the exponential decay. */
    public TextSetting<Double> exponentialDecayRate() {
        return exponentialDecayRate;
    }

    /** g of the inverse time decay. */
    public TextSetting<Double> inverseTimeDecayRate() {
        return inverseTimeDecayRate;
    }

    /** p of the polynomial decay. */
    public TextSetting<Double> power() {
        return power;
    }

    /** e_end of the polynomial decay. */
    public TextSetting<Double> endRate() {
        return endRate;
    }

    public ObjectProperty<OptimizerChoice> optimizerProperty() {
        return optimizer;
    }

    public ObjectProperty<Activation> hiddenActivationProperty() {
        return hiddenActivation;
    }

    public ObjectProperty<Activation> outputActivationProperty() {
        return outputActivation;
    }

    public ObjectProperty<Loss> lossProperty() {
        return loss;
    }

    public TextSetting<Integer> batchSize() {
        return batchSize;
    }

    public TextSetting<Integer> sections() {
        return sections;
    }

    public TextSetting<Integer> stepsPerSection() {
        return stepsPerSection;
    }

    public ObjectProperty<Sampling> samplingProperty() {
        return sampling;
    }

    public TextSetting<Long> seed() {
        return seed;
    }

    /** The configuration the settings make, or null while any is invalid. */
    public ReadOnlyObjectProperty<TrainingConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public TrainingConfig getConfig() {
        return config.get();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** Why the settings cannot start a run, as a sentence; empty when they can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String getProblem() {
        return problem.get();
    }

    /** The chosen schedule's formula with its current values. */
    public ReadOnlyStringProperty formulaProperty() {
        return formula.getReadOnlyProperty();
    }

    public String getFormula() {
        return formula.get();
    }

    /** What the chosen schedule does, for its tooltip and help. */
    public ReadOnlyStringProperty scheduleHelpProperty() {
        return scheduleHelp.getReadOnlyProperty();
    }

    /**
     * Advice that does not block Start (a schedule whose rate never changes
     * in this run, a very large rate); empty when there is none.
     */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public String getWarning() {
        return warning.get();
    }

    /** The schedule's tooltip: its formula with the current values, then what it does. */
    public ReadOnlyStringProperty scheduleTooltipProperty() {
        return scheduleTooltip.getReadOnlyProperty();
    }

    /**
     * How many training images the loaded data has: the batch size may not
     * exceed it. The window sets it when data loads.
     */
    public IntegerProperty trainingImagesProperty() {
        return trainingImages;
    }

    /** Says when choosing an optimizer changed the learning rate; empty otherwise. */
    public ReadOnlyStringProperty optimizerNoteProperty() {
        return optimizerNote.getReadOnlyProperty();
    }
}
