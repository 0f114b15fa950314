package org.stepwise.ui.canvas;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.stepwise.network.Activation;
import org.stepwise.network.Network;

/**
 * What the network reads in the drawn digit: the ten outputs, the digit they
 * point to, and a hint instead when there is no network or nothing drawn.
 *
 * <p>Reads with whatever network is newest, on the FX thread: one forward
 * pass of 784 inputs, far cheaper than a frame, so it never waits for
 * training.
 */
public final class DigitReadingViewModel {

    /** Shown while no network exists, instead of the outputs of random weights. */
    public static final String NO_NETWORK_HINT =
            "Train the network (or press Start) to read your digit";

    /** Shown while the pad is empty. */
    public static final String EMPTY_PAD_HINT = "Draw a digit in the black square";

    /** {@link #getDigit()} when nothing is read. */
    public static final int NO_DIGIT = -1;

    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(this, "network");
    private final ObjectProperty<double[]> inputs = new SimpleObjectProperty<>(this, "inputs");
    private final ReadOnlyObjectWrapper<double[]> outputs =
            new ReadOnlyObjectWrapper<>(this, "outputs");
    private final ReadOnlyIntegerWrapper digit =
            new ReadOnlyIntegerWrapper(this, "digit", NO_DIGIT);
    private final ReadOnlyStringWrapper hint =
            new ReadOnlyStringWrapper(this, "hint", NO_NETWORK_HINT);
    private final ReadOnlyStringWrapper outputsTitle =
            new ReadOnlyStringWrapper(this, "outputsTitle", "outputs");

    public DigitReadingViewModel() {
        network.addListener(observable -> read());
        inputs.addListener(observable -> read());
    }

    private void read() {
        Network reader = network.get();
        double[] pixels = inputs.get();
        outputsTitle.set(reader != null && reader.outputActivation() == Activation.SOFTMAX
                ? "probabilities" : "outputs");
        if (reader == null || pixels == null) {
            show(null, reader == null ? NO_NETWORK_HINT : EMPTY_PAD_HINT);
            return;
        }
        show(reader.output(pixels), "");
    }

    private void show(double[] values, String message) {
        outputs.set(values);
        digit.set(values == null ? NO_DIGIT : Network.argMax(values));
        hint.set(message);
    }

    /** The network that reads; the newest snapshot while training. Null before any exists. */
    public ObjectProperty<Network> networkProperty() {
        return network;
    }

    public void setNetwork(Network value) {
        network.set(value);
    }

    /** The 784 drawn pixels, 0..1 row by row, or null while the pad is empty. */
    public ObjectProperty<double[]> inputsProperty() {
        return inputs;
    }

    public void setInputs(double[] value) {
        inputs.set(value);
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

    /** Why nothing is read, or empty when a digit is. */
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
