package org.stepwise.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.stepwise.optimize.AdamSettings;
import org.stepwise.optimize.ConstantRate;
import org.stepwise.optimize.InverseTimeDecay;
import org.stepwise.optimize.LearningRateSchedule;
import org.stepwise.optimize.ScheduleKind;

/**
 * The thesis's experiments as studies, by figure, on the thesis protocol
 * ({@link TrainingConfig#thesis()}), each with ten runs by default.
 *
 * <p>The settings come from the thesis's text and Table 1 and from the names
 * of the result files its program wrote (for figures 6 and 7, whose values
 * the text does not list).
 */
public final class ThesisPresets {

    private static final Map<String, Preset> PRESETS = new LinkedHashMap<>();

    /** A named study of the thesis. */
    public record Preset(String name, String description, Supplier<List<StudyConfiguration>> configurations) {

        /** The study with the given number of runs and base seed. */
        public StudyPlan plan(int runs, long baseSeed) {
            return new StudyPlan(name, description, configurations.get(), runs, baseSeed);
        }
    }

    static {
        add("figure-4", "Constant learning rates 0.05, 0.3 and 0.75 (no schedule).",
                () -> List.of(constant(0.05), constant(0.3), constant(0.75)));
        add("figure-6", "Inverse time decay with initial rates 0.05, 0.5 and 0.75 at decay rate 0.5.",
                () -> List.of(inverseTime(0.05, 0.5), inverseTime(0.5, 0.5), inverseTime(0.75, 0.5)));
        add("figure-7", "Inverse time decay with decay rates 0.1, 0.5 and 2 at initial rate 0.5.",
                () -> List.of(inverseTime(0.5, 0.1), inverseTime(0.5, 0.5), inverseTime(0.5, 2.0)));
        add("figure-9", "The five stepping schedules with Table 1's settings.", ThesisPresets::tableOne);
        add("figure-10", "Adam (step size 0.003) against the five schedules of Table 1.", () -> {
            List<StudyConfiguration> list = new ArrayList<>(tableOne());
            list.add(adam(TrainingConfig.thesis()));
            return list;
        });
        add("figure-11", "Hidden layers 32, 16-16 and 400-400 at a constant rate 0.3.",
                () -> bySize(new ConstantRate(0.3)));
        add("figure-12", "Hidden layers 32, 16-16 and 400-400 with inverse time decay (0.5, 0.5).",
                () -> bySize(new InverseTimeDecay(0.5, 0.5)));
        add("figure-13", "Hidden layer 32: constant rate, inverse time decay and Adam.",
                () -> threeWays(List.of(32)));
        add("figure-14", "Hidden layers 16-16: constant rate, inverse time decay and Adam.",
                () -> threeWays(List.of(16, 16)));
        add("figure-15", "Hidden layers 400-400: constant rate, inverse time decay and Adam.",
                () -> threeWays(List.of(400, 400)));
    }

    private ThesisPresets() {
    }

    private static void add(String name, String description, Supplier<List<StudyConfiguration>> configurations) {
        PRESETS.put(name, new Preset(name, description, configurations));
    }

    /** Every preset, in the thesis's figure order. */
    public static List<Preset> all() {
        return List.copyOf(PRESETS.values());
    }

    /** The preset of that name ("figure-9"), if there is one. */
    public static Optional<Preset> find(String name) {
        return Optional.ofNullable(PRESETS.get(name.trim().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The five schedules of Table 1 on the default network. */
    private static List<StudyConfiguration> tableOne() {
        List<StudyConfiguration> list = new ArrayList<>();
        for (ScheduleKind kind : ScheduleKind.values()) {
            list.add(schedule(TrainingConfig.thesis(), kind.thesisDefault()));
        }
        return list;
    }

    private static List<StudyConfiguration> bySize(LearningRateSchedule schedule) {
        List<StudyConfiguration> list = new ArrayList<>();
        for (List<Integer> hidden : List.of(List.of(32), List.of(16, 16), List.of(400, 400))) {
            TrainingConfig config = TrainingConfig.thesis().toBuilder().hiddenSizes(hidden).schedule(schedule).build();
            list.add(new StudyConfiguration(config.networkLabel(784, 10), config));
        }
        return list;
    }

    private static List<StudyConfiguration> threeWays(List<Integer> hidden) {
        TrainingConfig base = TrainingConfig.thesis().toBuilder().hiddenSizes(hidden).build();
        return List.of(schedule(base, ScheduleKind.CONSTANT.thesisDefault()),
                schedule(base, ScheduleKind.INVERSE_TIME.thesisDefault()), adam(base));
    }

    private static StudyConfiguration constant(double rate) {
        return schedule(TrainingConfig.thesis(), new ConstantRate(rate));
    }

    private static StudyConfiguration inverseTime(double initialRate, double decayRate) {
        return schedule(TrainingConfig.thesis(), new InverseTimeDecay(initialRate, decayRate));
    }

    private static StudyConfiguration schedule(TrainingConfig base, LearningRateSchedule schedule) {
        return new StudyConfiguration(label(schedule), base.toBuilder().schedule(schedule).build());
    }

    private static StudyConfiguration adam(TrainingConfig base) {
        TrainingConfig config = base.toBuilder().optimizer(AdamSettings.thesis())
                .schedule(new ConstantRate(AdamSettings.THESIS_STEP_SIZE)).build();
        return new StudyConfiguration("Adam " + AdamSettings.THESIS_STEP_SIZE, config);
    }

    /** A short legend label for a schedule: "inverse time 0.5, g 0.5". */
    public static String label(LearningRateSchedule schedule) {
        return switch (schedule.kind()) {
            case CONSTANT -> "constant " + schedule.initialRate();
            case PIECEWISE_CONSTANT -> "piecewise " + schedule.initialRate();
            case EXPONENTIAL -> "exponential " + schedule.initialRate() + ", g "
                    + ((org.stepwise.optimize.ExponentialDecay) schedule).decayRate();
            case INVERSE_TIME -> "inverse time " + schedule.initialRate() + ", g "
                    + ((InverseTimeDecay) schedule).decayRate();
            case POLYNOMIAL -> {
                var polynomial = (org.stepwise.optimize.PolynomialDecay) schedule;
                yield "polynomial " + schedule.initialRate() + ", p " + polynomial.power() + ", end "
                        + polynomial.endRate();
            }
        };
    }
}
