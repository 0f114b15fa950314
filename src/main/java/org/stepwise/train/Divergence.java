package org.stepwise.train;

/**
 * What a {@link Trainer} saw when a step made the loss or a weight stop being
 * a finite number. The trainer has already put the weights back to the last
 * step that stayed finite and paused its {@link RunControl}.
 *
 * @param step the step (counted from 0 within the run) that went wrong; after
 *     a resume it is taken again from the restored weights
 * @param section the section of that step, from 1
 * @param learningRate the rate that step used (the schedule's rate times the
 *     control's rate factor)
 * @param loss the step's batch loss: infinite, NaN, or finite when only a
 *     weight went non-finite
 */
public record Divergence(int step, int section, double learningRate, double loss) {

    /** What went non-finite, in words for a sentence: "the loss became infinite". */
    public String whatHappened() {
        if (Double.isNaN(loss)) {
            return "the loss stopped being a number (NaN)";
        }
        if (Double.isInfinite(loss)) {
            return "the loss became infinite";
        }
        return "a weight became infinite or stopped being a number";
    }
}
