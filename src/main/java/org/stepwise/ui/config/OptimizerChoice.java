package org.stepwise.ui.config;

import org.stepwise.optimize.AdamSettings;
import org.stepwise.optimize.OptimizerSettings;
import org.stepwise.optimize.SgdSettings;

/** The optimizers the window offers, each with the learning rate the thesis used for it. */
public enum OptimizerChoice {

    SGD(new SgdSettings(), 0.3),
    ADAM(AdamSettings.thesis(), AdamSettings.THESIS_STEP_SIZE);

    private final OptimizerSettings settings;
    private final double thesisRate;

    OptimizerChoice(OptimizerSettings settings, double thesisRate) {
        this.settings = settings;
        this.thesisRate = thesisRate;
    }

    public OptimizerSettings settings() {
        return settings;
    }

    /** The learning rate (Adam's step size alpha) the thesis ran this optimizer with. */
    public double thesisRate() {
        return thesisRate;
    }

    public String label() {
        return settings.label();
    }

    /** The choice that makes {@code settings}'s kind of optimizer. */
    public static OptimizerChoice of(OptimizerSettings settings) {
        return settings instanceof AdamSettings ? ADAM : SGD;
    }
}
