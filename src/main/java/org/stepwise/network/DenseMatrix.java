package org.stepwise.network;

import java.util.Arrays;

import org.apache.commons.math3.linear.AbstractRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A dense {@link RealMatrix} stored row-major in one flat {@code double[]}.
 *
 * <p>The engine holds weights, activations and gradients in this type so that
 * it can be used through the commons-math3 API everywhere, while the training
 * step runs its products and elementwise work in place on the flat array
 * ({@link #data()}), with no allocation per step. Entry (r, c) lives at
 * {@code data[r * columns + c]}.
 *
 * <p>Not thread-safe: a matrix is written by one thread at a time.
 */
public final class DenseMatrix extends AbstractRealMatrix {

    private final int rows;
    private final int columns;
    private final double[] data;

    /** Creates a zero matrix of the given shape; both sizes must be positive. */
    public DenseMatrix(int rows, int columns) {
        this(rows, columns, new double[checkedSize(rows, columns)]);
    }

    private DenseMatrix(int rows, int columns, double[] data) {
        super(rows, columns);
        this.rows = rows;
        this.columns = columns;
        this.data = data;
    }

    /**
     * Wraps a row-major array without copying it.
     *
     * @throws IllegalArgumentException if the array's length is not rows * columns
     */
    public static DenseMatrix wrap(int rows, int columns, double[] data) {
        if (data.length != checkedSize(rows, columns)) {
            throw new IllegalArgumentException("a " + rows + "x" + columns
                    + " matrix needs " + rows * columns + " values, got " + data.length);
        }
        return new DenseMatrix(rows, columns, data);
    }

    /** Copies any RealMatrix into a new DenseMatrix. */
    public static DenseMatrix copyOf(RealMatrix source) {
        if (source instanceof DenseMatrix dense) {
            return dense.copy();
        }
        DenseMatrix copy = new DenseMatrix(source.getRowDimension(), source.getColumnDimension());
        for (int r = 0; r < copy.rows; r++) {
            for (int c = 0; c < copy.columns; c++) {
                copy.data[r * copy.columns + c] = source.getEntry(r, c);
            }
        }
        return copy;
    }

    private static int checkedSize(int rows, int columns) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("matrix sizes must be positive, got " + rows + "x" + columns);
        }
        long size = (long) rows * columns;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a " + rows + "x" + columns + " matrix is too large");
        }
        return (int) size;
    }

    /** The backing row-major array itself (not a copy). */
    public double[] data() {
        return data;
    }

    @Override
    public int getRowDimension() {
        return rows;
    }

    @Override
    public int getColumnDimension() {
        return columns;
    }

    @Override
    public DenseMatrix createMatrix(int rowDimension, int columnDimension) {
        return new DenseMatrix(rowDimension, columnDimension);
    }

    @Override
    public DenseMatrix copy() {
        return new DenseMatrix(rows, columns, data.clone());
    }

    /**
     * The product this x m; when m is a DenseMatrix too, computed by
     * {@link Gemm} (BLAS) rather than commons-math3's entry-by-entry loops.
     */
    @Override
    public RealMatrix multiply(RealMatrix m) {
        if (!(m instanceof DenseMatrix other)) {
            return super.multiply(m);
        }
        if (other.rows != columns) {
            throw new org.apache.commons.math3.exception.DimensionMismatchException(other.rows, columns);
        }
        DenseMatrix product = new DenseMatrix(rows, other.columns);
        Gemm.multiply(this, other, product, false);
        return product;
    }

    @Override
    public double getEntry(int row, int column) {
        return data[index(row, column)];
    }

    @Override
    public void setEntry(int row, int column, double value) {
        data[index(row, column)] = value;
    }

    @Override
    public void addToEntry(int row, int column, double increment) {
        data[index(row, column)] += increment;
    }

    @Override
    public void multiplyEntry(int row, int column, double factor) {
        data[index(row, column)] *= factor;
    }

    /** Copies the values of a matrix of the same shape into this one. */
    public void setFrom(DenseMatrix source) {
        requireSameShape(source);
        System.arraycopy(source.data, 0, data, 0, data.length);
    }

    /** Sets every entry to zero. */
    public void clear() {
        Arrays.fill(data, 0.0);
    }

    /** True when every entry is finite (neither NaN nor infinite). */
    public boolean isFinite() {
        for (double v : data) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    void requireSameShape(DenseMatrix other) {
        if (other.rows != rows || other.columns != columns) {
            throw new IllegalArgumentException("shape mismatch: " + rows + "x" + columns
                    + " against " + other.rows + "x" + other.columns);
        }
    }

    private int index(int row, int column) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("entry (" + row + ", " + column + ") outside "
                    + rows + "x" + columns);
        }
        return row * columns + column;
    }
}
