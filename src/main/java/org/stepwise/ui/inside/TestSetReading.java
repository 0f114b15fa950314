package org.stepwise.ui.inside;

import java.util.ArrayList;
import java.util.List;

import org.stepwise.data.MnistDataset;
import org.stepwise.network.DenseMatrix;
import org.stepwise.network.Network;

/**
 * How one network reads every image of a test set: each image's reading
 * and the confusion matrix they add up to, rows the true digit and columns
 * the reading.
 *
 * <p>Plain Java and immutable once made: {@link #of} runs for about a second
 * over MNIST's 10,000 test images, so the window calls it on a background
 * thread and hands the result to the FX thread.
 */
public final class TestSetReading {

    /** Digits, and so rows and columns of the confusion matrix. */
    public static final int DIGITS = 10;

    // Images per forward pass: large enough for the matrix products to run fast.
    private static final int CHUNK = 500;

    private final Network network;
    private final MnistDataset test;
    private final int[] readings;
    private final int[][] confusion = new int[DIGITS][DIGITS];
    private int correct;

    private TestSetReading(Network network, MnistDataset test) {
        this.network = network;
        this.test = test;
        this.readings = new int[test.size()];
    }

    /**
     * Reads every image of {@code test} with {@code network}, on the calling thread.
     *
     * @param network read only, never changed; it must take 784 inputs and give 10 outputs
     * @throws IllegalArgumentException if the network does not read 28 x 28 digits
     */
    public static TestSetReading of(Network network, MnistDataset test) {
        if (network.inputSize() != test.pixelCount() || network.outputSize() != DIGITS) {
            throw new IllegalArgumentException("expected a network with " + test.pixelCount()
                    + " inputs and " + DIGITS + " outputs, got " + network.inputSize() + " and "
                    + network.outputSize());
        }
        TestSetReading reading = new TestSetReading(network, test);
        reading.readAll();
        return reading;
    }

    private void readAll() {
        Network.Workspace workspace = network.newWorkspace(Math.min(CHUNK, Math.max(1, test.size())));
        int chunk = workspace.batchSize();
        double[] input = workspace.input().data();
        for (int first = 0; first < test.size(); first += chunk) {
            int count = Math.min(chunk, test.size() - first);
            for (int c = 0; c < chunk; c++) {
                // The last chunk repeats its last image to fill the batch; the repeats are not counted.
                test.copyImage(first + Math.min(c, count - 1), input, c, chunk);
            }
            DenseMatrix outputs = network.forward(workspace);
            for (int c = 0; c < count; c++) {
                record(first + c, Network.argMax(outputs, c));
            }
        }
    }

    private void record(int index, int reading) {
        int label = test.label(index);
        readings[index] = reading;
        confusion[label][reading]++;
        if (label == reading) {
            correct++;
        }
    }

    /** The network that read; the same object that was given. */
    public Network network() {
        return network;
    }

    /** The images that were read. */
    public MnistDataset test() {
        return test;
    }

    public int size() {
        return readings.length;
    }

    /** The digit the network read in image {@code index}. */
    public int reading(int index) {
        return readings[index];
    }

    /** The images of true digit {@code label} read as {@code reading}: one cell of the matrix. */
    public int count(int label, int reading) {
        return confusion[label][reading];
    }

    /** The largest cell, at least 1, for scaling colours. */
    public int largestCount() {
        int largest = 1;
        for (int[] row : confusion) {
            for (int count : row) {
                largest = Math.max(largest, count);
            }
        }
        return largest;
    }

    /** The images read right: the diagonal's sum. */
    public int correct() {
        return correct;
    }

    /** The share read right, 0..1. */
    public double accuracy() {
        return size() == 0 ? 0 : (double) correct / size();
    }

    /** The indices of the images in one cell, in the test set's order. */
    public List<Integer> images(int label, int reading) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < readings.length; i++) {
            if (readings[i] == reading && test.label(i) == label) {
                indices.add(i);
            }
        }
        return indices;
    }

    /** The indices of the images read wrong, in the test set's order. */
    public List<Integer> misread() {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < readings.length; i++) {
            if (readings[i] != test.label(i)) {
                indices.add(i);
            }
        }
        return indices;
    }
}
