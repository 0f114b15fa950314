package org.stepwise.train;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.stepwise.data.MnistDataset;
import org.stepwise.network.DenseMatrix;

/**
 * A dataset turned once into ready-made network inputs: chunks of
 * {@code chunkSize x 784}, one image per row (the layout
 * {@link org.stepwise.network.Network.InputLayout#SAMPLE_ROWS}), the last
 * chunk padded by repeating the last image. Reading the whole test set at
 * every section's end then costs the forward passes alone, not 10,000 image
 * conversions, and the random test images read after every step are copied
 * from here rather than converted again.
 *
 * <p>Instances never change after construction and are shared by every
 * trainer that reads the same dataset with the same chunk size, on any
 * thread. For MNIST's test set they hold 63 MB of doubles, for as long as
 * the dataset itself is in use.
 */
final class TestSetInputs {

    private static final Map<MnistDataset,
            TestSetInputs> SHARED = Collections.synchronizedMap(new WeakHashMap<>());

    private final int chunkSize;
    private final int size;
    private final DenseMatrix[] chunks;
    private final int[] labels;

    private TestSetInputs(MnistDataset data, int chunkSize) {
        this.chunkSize = chunkSize;
        this.size = data.size();
        int pixels = data.pixelCount();
        this.chunks = new DenseMatrix[(size + chunkSize - 1) / chunkSize];
        this.labels = new int[chunks.length * chunkSize];
        for (int k = 0; k < chunks.length; k++) {
            chunks[k] = new DenseMatrix(chunkSize, pixels);
            for (int c = 0; c < chunkSize; c++) {
                int index = Math.min(k * chunkSize + c, size - 1);
                data.copyImage(index, chunks[k].data(), c * pixels, 1);
                labels[k * chunkSize + c] = data.label(index);
            }
        }
    }

    /** The shared inputs of that dataset in chunks of that size, made on first use. */
    static TestSetInputs of(MnistDataset data, int chunkSize) {
        synchronized (SHARED) {
            TestSetInputs inputs = SHARED.get(data);
            if (inputs == null || inputs.chunkSize != chunkSize) {
                inputs = new TestSetInputs(data, chunkSize);
                SHARED.put(data, inputs);
            }
            return inputs;
        }
    }

    int chunkCount() {
        return chunks.length;
    }

    /** Chunk k's inputs, chunkSize x pixels; read it, never write it. */
    DenseMatrix chunk(int k) {
        return chunks[k];
    }

    /** How many rows of chunk k are real images (the rest repeat the last one). */
    int imagesIn(int k) {
        return Math.min(chunkSize, size - k * chunkSize);
    }

    /**
     * Copies the given images into the rows of a batch input, batch x pixels
     * (one image per row), and their labels into {@code labels}.
     */
    void fill(DenseMatrix input, int[] indices, int[] labels) {
        double[] rows = input.data();
        int pixels = input.getColumnDimension();
        for (int c = 0; c < indices.length; c++) {
            int index = indices[c];
            System.arraycopy(chunks[index / chunkSize].data(), (index % chunkSize) * pixels, rows,
                    c * pixels, pixels);
            labels[c] = this.labels[index];
        }
    }

    /** Copies the labels of chunk k's rows into {@code labels}. */
    void copyLabels(int k, int[] labels) {
        System.arraycopy(this.labels, k * chunkSize, labels, 0, chunkSize);
    }
}
