package org.stepwise.train;

import java.util.List;

import org.stepwise.network.Parameter;

/**
 * The divergence guard's memory: a copy of the weights and biases as they
 * were after the last step whose result was confirmed finite.
 *
 * <p>A step's loss is measured with the weights of the step before, so
 * weights are only confirmed when the next step's loss comes out finite and
 * sane: at most {@value #SANE_LOSS_FACTOR} times the run's first loss (the
 * loss of the network as the run found it), and no weight larger than
 * {@value #SANE_WEIGHT_FACTOR} times the largest at the start (at least
 * {@value #MIN_SANE_WEIGHT}). The weight bound is needed because a network
 * whose ReLU outputs have died reports a modest loss (1.0) even while its
 * weights are astronomically large. A run that is blowing up passes
 * through finite but huge losses first (1.1, 112, 2e5, ... then infinity at
 * rate 5.0), and weights from those steps overflow again on the next batch
 * whatever the rate; going back to the last sane step lets a smaller rate go
 * on. Shortcoming: when a continued run's first batch was unusually easy, the
 * bar is low and confirmations lag behind; that only matters on a divergence. Two sets of buffers, made once
 * per run, take turns:
 * the confirmed set, and the candidate (the newest finite weights), which
 * becomes the confirmed set when the next loss is finite. Each step copies and
 * checks every parameter in one pass and allocates nothing.
 */
final class LastFiniteParameters {

    static final double SANE_LOSS_FACTOR = 10.0;
    static final double SANE_WEIGHT_FACTOR = 100.0;
    static final double MIN_SANE_WEIGHT = 10.0;

    private final List<Parameter> parameters;
    private final double[][][] copies;
    private int confirmed;
    private boolean candidateWaiting;
    private double saneLossBound = Double.NaN;
    private final double saneWeightBound;
    private boolean candidateSane;
    // The largest magnitude seen by the last copyAndCheck.
    private double largest;

    /** Keeps the parameters as they are now (the run's starting weights, assumed finite). */
    LastFiniteParameters(List<Parameter> parameters) {
        this.parameters = parameters;
        this.copies = new double[2][parameters.size()][];
        for (int set = 0; set < 2; set++) {
            for (int p = 0; p < parameters.size(); p++) {
                copies[set][p] = new double[parameters.get(p).value().data().length];
            }
        }
        confirmed = 0;
        copyAndCheck(copies[0]);
        saneWeightBound = Math.max(MIN_SANE_WEIGHT, SANE_WEIGHT_FACTOR * largest);
    }

    /**
     * After a step whose forward pass gave {@code loss} and whose update
     * changed the parameters: when both are finite, keeps the new parameters
     * as the candidate and returns true; otherwise puts the last confirmed
     * parameters back into the network and returns false.
     */
    boolean keepIfFinite(double loss) {
        if (!Double.isFinite(loss)) {
            candidateWaiting = false;
            restoreConfirmed();
            return false;
        }
        if (Double.isNaN(saneLossBound)) {
            saneLossBound = SANE_LOSS_FACTOR * Math.max(loss, Double.MIN_NORMAL);
        }
        if (candidateWaiting && candidateSane && loss <= saneLossBound) {
            // The candidate's forward pass just gave a finite loss: it is good.
            confirmed = 1 - confirmed;
        }
        candidateWaiting = copyAndCheck(copies[1 - confirmed]);
        candidateSane = largest <= saneWeightBound;
        if (!candidateWaiting) {
            restoreConfirmed();
        }
        return candidateWaiting;
    }

    private void restoreConfirmed() {
        for (int p = 0; p < parameters.size(); p++) {
            double[] kept = copies[confirmed][p];
            System.arraycopy(kept, 0, parameters.get(p).value().data(), 0, kept.length);
        }
    }
    /** Copies every parameter into {@code target}; true when all were finite. */
    private boolean copyAndCheck(double[][] target) {
        double max = 0.0;
        for (int p = 0; p < parameters.size(); p++) {
            double[] values = parameters.get(p).value().data();
            double[] copy = target[p];
            // x * 0 is 0 for every finite x and NaN for an infinity or NaN, so one
            // sum tells whether any value was not finite, without a branch per value.
            double zeroWhenFinite = 0.0;
            for (int i = 0; i < values.length; i++) {
                double v = values[i];
                copy[i] = v;
                zeroWhenFinite += v * 0.0;
                max = Math.max(max, Math.abs(v));
            }
            if (zeroWhenFinite != 0.0) {
                return false;
            }
        }
        largest = max;
        return true;
    }
}
