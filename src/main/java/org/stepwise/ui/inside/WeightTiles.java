package org.stepwise.ui.inside;

import java.util.ArrayList;
import java.util.List;

import org.stepwise.network.DenseLayer;
import org.stepwise.network.DenseMatrix;
import org.stepwise.network.Network;

/**
 * The first layer's weights as pictures: for each hidden unit of layer 1,
 * its 784 incoming weights laid out as the 28 x 28 image they multiply,
 * orange where ink raises the unit's input and blue where it lowers it.
 *
 * <p>Each tile is scaled to its own largest weight, so a unit with small
 * weights still shows its pattern. Plain Java, made on a background thread.
 *
 * @param network the network drawn; never changed
 * @param side    the side of a tile in pixels, 28 for MNIST
 * @param tiles   one opaque ARGB picture of side x side pixels per hidden unit, in unit order
 */
public record WeightTiles(Network network, int side, List<int[]> tiles) {

    /**
     * Draws the first layer of {@code network}.
     *
     * @throws IllegalArgumentException if the inputs do not form a square picture
     */
    public static WeightTiles of(Network network) {
        DenseLayer first = network.layers().get(0);
        int side = (int) Math.round(Math.sqrt(first.inputs()));
        if (side * side != first.inputs()) {
            throw new IllegalArgumentException("expected a square number of inputs to draw as a"
                    + " picture, got " + first.inputs());
        }
        DenseMatrix weights = first.weights();
        double[] w = weights.data();
        int inputs = first.inputs();

        List<int[]> tiles = new ArrayList<>(first.outputs());
        for (int unit = 0; unit < first.outputs(); unit++) {
            tiles.add(tile(w, unit * inputs, inputs));
        }
        return new WeightTiles(network, side, List.copyOf(tiles));
    }

    /** One unit's row of weights, from {@code offset}, as a picture scaled to its largest magnitude. */
    private static int[] tile(double[] w, int offset, int inputs) {
        double largest = 0;
        for (int i = 0; i < inputs; i++) {
            largest = Math.max(largest, Math.abs(w[offset + i]));
        }
        int[] argb = new int[inputs];
        for (int i = 0; i < inputs; i++) {
            argb[i] = ColorScales.diverging(largest == 0 ? 0 : w[offset + i] / largest);
        }
        return argb;
    }

    /** The number of hidden units in layer 1, and so of tiles. */
    public int units() {
        return tiles.size();
    }
}
