package org.stepwise.train;

import org.stepwise.network.Activation;

/**
 * Tells a network that learns nothing from one that learns slowly: a section
 * whose training images and whole test set were both read right at most
 * {@value #CHANCE_CEILING_PERCENT} % of the time is at chance (one digit in ten),
 * typically because every ReLU unit of a layer has stopped firing, so no
 * gradient reaches the weights and the outputs never change.
 */
public final class StallCheck {

    /** The highest accuracy, in percent, still counted as chance for ten digits. */
    public static final int CHANCE_CEILING_PERCENT = 12;
    private static final double CHANCE_CEILING = CHANCE_CEILING_PERCENT / 100.0;

    private StallCheck() {
    }

    /**
     * True when {@code metrics} ends a section (it carries the whole test
     * set's accuracy) in which the network stayed at chance.
     */
    public static boolean atChance(StepMetrics metrics) {
        return metrics.hasFullTestAccuracy() && metrics.fullTestAccuracy() <= CHANCE_CEILING
                && metrics.trainAccuracy() <= CHANCE_CEILING;
    }

    /** Advice for a run of {@code config} that stays at chance, as whole sentences. */
    public static String advice(TrainingConfig config) {
        StringBuilder advice = new StringBuilder("Try a smaller learning rate");
        if (config.hiddenActivation() == Activation.RELU) {
            advice.append(", the thesis's ReLU (which still passes a little gradient below zero)"
                    + " or sigmoid");
        } else if (config.hiddenActivation() == Activation.THESIS_RELU) {
            advice.append(" or sigmoid hidden units");
        }
        advice.append(", or another seed; then press Reset and Start, because this network's"
                + " silent units will not wake up.");
        return advice.toString();
    }
}
