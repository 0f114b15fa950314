package org.stepwise.network;

/**
 * The matrix products of a training step, written into preallocated outputs.
 *
 * <p>All three forms compute {@code C = A' B'} (or add it to C), where the
 * primes mark an optional transpose, on row-major {@link DenseMatrix} arrays.
 * The loops are ordered so that the innermost one walks contiguous memory,
 * which the JIT turns into vector instructions.
 *
 * @implNote Limitation (#4): plain Java loops; a BLAS-backed kernel is the
 *     speed issue's work.
 */
public final class Gemm {

    private Gemm() {
    }

    /**
     * C = A B, or C += A B when {@code accumulate}; A is m x k, B is k x n, C is m x n.
     */
    public static void multiply(DenseMatrix a, DenseMatrix b, DenseMatrix c, boolean accumulate) {
        int m = a.getRowDimension();
        int k = a.getColumnDimension();
        int n = b.getColumnDimension();
        requireShape(b, k, n, "B");
        requireShape(c, m, n, "C");
        double[] ad = a.data();
        double[] bd = b.data();
        double[] cd = c.data();
        if (!accumulate) {
            c.clear();
        }

        for (int i = 0; i < m; i++) {
            int cRow = i * n;
            int aRow = i * k;
            for (int p = 0; p < k; p++) {
                double aip = ad[aRow + p];
                if (aip == 0.0) {
                    continue;
                }
                int bRow = p * n;
                for (int j = 0; j < n; j++) {
                    cd[cRow + j] += aip * bd[bRow + j];
                }
            }
        }
    }

    /** C = A^T B; A is k x m, B is k x n, C is m x n. */
    public static void multiplyTransposedLeft(DenseMatrix a, DenseMatrix b, DenseMatrix c) {
        int k = a.getRowDimension();
        int m = a.getColumnDimension();
        int n = b.getColumnDimension();
        requireShape(b, k, n, "B");
        requireShape(c, m, n, "C");
        double[] ad = a.data();
        double[] bd = b.data();
        double[] cd = c.data();
        c.clear();

        for (int p = 0; p < k; p++) {
            int aRow = p * m;
            int bRow = p * n;
            for (int i = 0; i < m; i++) {
                double api = ad[aRow + i];
                if (api == 0.0) {
                    continue;
                }
                int cRow = i * n;
                for (int j = 0; j < n; j++) {
                    cd[cRow + j] += api * bd[bRow + j];
                }
            }
        }
    }

    /** C = A B^T; A is m x k, B is n x k, C is m x n. */
    public static void multiplyTransposedRight(DenseMatrix a, DenseMatrix b, DenseMatrix c) {
        int m = a.getRowDimension();
        int k = a.getColumnDimension();
        int n = b.getRowDimension();
        requireShape(b, n, k, "B");
        requireShape(c, m, n, "C");
        double[] ad = a.data();
        double[] bd = b.data();
        double[] cd = c.data();

        for (int i = 0; i < m; i++) {
            int aRow = i * k;
            int cRow = i * n;
            for (int j = 0; j < n; j++) {
                int bRow = j * k;
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += ad[aRow + p] * bd[bRow + p];
                }
                cd[cRow + j] = sum;
            }
        }
    }

    private static void requireShape(DenseMatrix matrix, int rows, int columns, String name) {
        if (matrix.getRowDimension() != rows || matrix.getColumnDimension() != columns) {
            throw new IllegalArgumentException(name + " must be " + rows + "x" + columns + ", is "
                    + matrix.getRowDimension() + "x" + matrix.getColumnDimension());
        }
    }
}
