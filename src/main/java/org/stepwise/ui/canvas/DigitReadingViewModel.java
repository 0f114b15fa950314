package org.stepwise.ui.canvas;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.stepwise.data.PreparedDigit;
import org.stepwise.network.Activation;
import org.stepwise.network.Network;

/**
 * What a network reads in a digit: the ten outputs, the digit they point
 * to, and a hint when there is nothing to read or something to warn about.
 *
 * <p>Reads with whatever network is newest, on the FX thread: one forward
 * pass of 784 inputs, far cheaper than a frame, so it never waits for
 * training. The drawing pad feeds it prepared drawings
 * ({@link #setDrawing}); the test-digit browser feeds it MNIST's own
 * images ({@link #setInputs}).
 */
public final class DigitReadingViewModel {

    /** Shown while no network exists, instead of the outputs of random weights. */
    public static final String NO_NETWORK_HINT = "Press Start to train a network that reads your digit";

    /** Shown while the pad is empty. */
    public static final String EMPTY_PAD_HINT = "Draw a digit in the black square";

    /** {@link #getDigit()} when nothing is read. */
    public static final int NO_DIGIT = -1;

    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(this, "network");
    private final ObjectProperty<double[]> inputs = new SimpleObjectProperty<>(this, "inputs");
    private final StringProperty noNetworkHint =
            new SimpleStringProperty(this, "noNetworkHint", NO_NETWORK_HINT);
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ReadOnlyObjectWrapper<double[]> outputs =
            new ReadOnlyObjectWrapper<>(this, "outputs");
    private final ReadOnlyIntegerWrapper digit =
            new ReadOnlyIntegerWrapper(this, "digit", NO_DIGIT);
    private final ReadOnlyStringWrapper hint =
            new ReadOnlyStringWrapper(this, "hint", NO_NETWORK_HINT);
    private final ReadOnlyStringWrapper outputsTitle =
            new ReadOnlyStringWrapper(this, "outputsTitle", "outputs");
    private String note = "";

    public DigitReadingViewModel() {
        network.addListener(observable -> read());
        inputs.addListener(observable -> read());
        noNetworkHint.addListener(observable -> read());
    }

    private void read() {
        Network reader = network.get();
        double[] pixels = inputs.get();
        outputsTitle.set(reader != null && reader.outputActivation() == Activation.SOFTMAX
                ? "probabilities" : "outputs");
        if (reader == null) {
            show(null, noNetworkHint.get());
        } else if (pixels == null) {
            show(null, note.isEmpty() ? EMPTY_PAD_HINT : note);
        } else {
            show(reader.output(pixels), note);
        }
    }

    /** The digit changes before the outputs, so that a view redrawn on new outputs reads both new. */
    private void show(double[] values, String message) {
        digit.set(values == null ? NO_DIGIT : Network.argMax(values));
        outputs.set(values);
        hint.set(message);
    }

    /**
     * Reads a drawing as the preprocessor prepared it; its hint (the digit
     * touches the edge) shows beside the reading.
     *
     * @param prepared the drawing, empty when nothing is drawn, or null for a cleared pad
     */
    public void setDrawing(PreparedDigit prepared) {
        note = prepared == null ? "" : prepared.hint();
        double[] pixels = prepared == null || prepared.isEmpty() ? null : prepared.pixels();
        if (pixels == null && inputs.get() == null) {
            read();
        } else {
            inputs.set(pixels);
        }
    }

    /** The network that reads; the newest snapshot while training. Null before any exists. */
    public ObjectProperty<Network> networkProperty() {
        return network;
    }

    public void setNetwork(Network value) {
        network.set(value);
    }

    /** The 784 pixels read, 0..1 row by row in MNIST's form, or null while there are none. */
    public ObjectProperty<double[]> inputsProperty() {
        return inputs;
    }

    public double[] getInputs() {
        return inputs.get();
    }

    /** Reads pixels already in MNIST's form, such as a test image; null reads nothing. */
    public void setInputs(double[] value) {
        note = "";
        inputs.set(value);
    }

    /** What the hint says while there is no network, such as that one is loading. */
    public StringProperty noNetworkHintProperty() {
        return noNetworkHint;
    }

    /** Which network reads, in words, such as "the shipped network, 98.95% on MNIST test". */
    public StringProperty sourceProperty() {
        return source;
    }

    /** The ten outputs for the drawing, or null while there is no reading. */
    public ReadOnlyObjectProperty<double[]> outputsProperty() {
        return outputs.getReadOnlyProperty();
    }

    public double[] getOutputs() {
        return outputs.get();
    }

    /** The digit read, 0..9, or {@link #NO_DIGIT}. */
    public ReadOnlyIntegerProperty digitProperty() {
        return digit.getReadOnlyProperty();
    }

    public int getDigit() {
        return digit.get();
    }

    /** Why nothing is read, or a warning about the digit read; empty when there is neither. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public String getHint() {
        return hint.get();
    }

    /** "probabilities" when the output layer is softmax, "outputs" otherwise. */
    public ReadOnlyStringProperty outputsTitleProperty() {
        return outputsTitle.getReadOnlyProperty();
    }

    public String getOutputsTitle() {
        return outputsTitle.get();
    }
}
