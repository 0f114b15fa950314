package org.stepwise.model;

import java.util.Objects;

import org.stepwise.network.Network;
import org.stepwise.train.TrainingConfig;

/**
 * A network with the configuration that trained it and that run's history:
 * what one model file holds.
 *
 * <p>To keep training, pass {@link #network()} to
 * {@code new Trainer(config, data, network)}; the trainer then owns and
 * changes it, so pass a {@code copy()} if the model is also read elsewhere.
 *
 * @param network the trained network
 * @param config  the configuration of the run that made it; its hidden sizes
 *                and activations are the network's
 * @param history what that run measured
 */
public record SavedModel(Network network, TrainingConfig config, TrainingHistory history) {

    /** Rejects missing parts. */
    public SavedModel {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(history, "history");
    }
}
