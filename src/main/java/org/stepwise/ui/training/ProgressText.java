package org.stepwise.ui.training;

import org.stepwise.ui.Formats;

/** The line beside the progress bar: "step 1,234 / 3,750 · 2,150 steps/s · 0:01 left". */
final class ProgressText {

    private static final String SEPARATOR = " \u00b7 ";

    private ProgressText() {
    }

    /**
     * @param stepsPerSecond the measured speed, or NaN while not yet known
     */
    static String describe(TrainingState state, long completed, long planned,
            double stepsPerSecond) {
        String steps = "step " + Formats.count(completed) + " / " + Formats.count(planned);
        return switch (state) {
            case READY -> steps;
            case RUNNING -> steps + speed(completed, planned, stepsPerSecond);
            case PAUSED -> steps + SEPARATOR + "paused";
            case STOPPED -> steps + SEPARATOR + "stopped";
            case FINISHED -> steps + SEPARATOR + "done";
            case FAILED -> steps + SEPARATOR + "failed";
        };
    }

    private static String speed(long completed, long planned, double stepsPerSecond) {
        if (Double.isNaN(stepsPerSecond) || stepsPerSecond <= 0) {
            return "";
        }
        double secondsLeft = (planned - completed) / stepsPerSecond;
        return SEPARATOR + Formats.count(Math.round(stepsPerSecond)) + " steps/s"
                + SEPARATOR + Formats.duration(secondsLeft) + " left";
    }
}
