package org.stepwise.ui;

import java.util.Objects;

import org.stepwise.network.Network;

/**
 * The network the window reads digits with and looks inside: the shipped
 * one until the person trains or opens another.
 *
 * @param network     the network; never changed while the window holds it, so
 *                    it may be read on any thread
 * @param description which network it is, in words that follow "Reading with":
 *                    "the shipped network, 98.95% on MNIST test" or "your network,
 *                    step 1,234"
 */
public record CurrentNetwork(Network network, String description) {

    /** Rejects missing parts. */
    public CurrentNetwork {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(description, "description");
    }
}
