package org.stepwise.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each product form against a plain triple loop, on each backend. */
@ParameterizedClass(name = "{0} backend")
@EnumSource(Gemm.Backend.class)
class GemmTest {

    @org.junit.jupiter.params.Parameter
    Gemm.Backend backend;

    private Gemm.Backend before;

    @BeforeEach
    void useBackend() {
        assumeTrue(Gemm.isAvailable(backend), () -> Gemm.describe(backend));
        before = Gemm.backend();
        Gemm.useBackend(backend);
    }

    @AfterEach
    void restoreBackend() {
        if (before != null) {
            Gemm.useBackend(before);
        }
    }

    @ParameterizedTest(name = "{0}x{1} times {1}x{2}")
    @CsvSource({"1, 1, 1", "3, 5, 2", "32, 784, 16", "10, 32, 50", "7, 3, 400"})
    void everyFormMatchesTheTripleLoop(int m, int k, int n) {
        SplittableRandom random = new SplittableRandom(m * 1000 + k * 10 + n);
        DenseMatrix a = random(m, k, random);
        DenseMatrix b = random(k, n, random);
        DenseMatrix aTransposed = DenseMatrix.copyOf(a.transpose());
        DenseMatrix bTransposed = DenseMatrix.copyOf(b.transpose());
        DenseMatrix expected = naiveProduct(a, b);
        DenseMatrix plain = new DenseMatrix(m, n);
        DenseMatrix left = new DenseMatrix(m, n);
        DenseMatrix right = new DenseMatrix(m, n);
        DenseMatrix accumulated = DenseMatrix.copyOf(expected);
        DenseMatrix scaled = DenseMatrix.copyOf(expected);
        DenseMatrix scaledRight = DenseMatrix.copyOf(expected);

        Gemm.multiply(a, b, plain, false);
        Gemm.multiplyTransposedLeft(aTransposed, b, left);
        Gemm.multiplyTransposedRight(a, bTransposed, right);
        Gemm.multiply(a, b, accumulated, true);
        Gemm.multiply(a, b, scaled, -0.25, 1.0);
        Gemm.multiplyTransposedRight(a, bTransposed, scaledRight, -0.25, 1.0);

        double tolerance = 1e-12 * k;
        assertClose(expected, plain, tolerance);
        assertClose(expected, left, tolerance);
        assertClose(expected, right, tolerance);
        assertClose(expected.scalarMultiply(2), accumulated, tolerance);
        assertClose(expected.scalarMultiply(0.75), scaled, tolerance);
        assertClose(expected.scalarMultiply(0.75), scaledRight, tolerance);
    }

    @Test
    void overwritesWhatTheOutputHeldEvenNaN() {
        DenseMatrix a = DenseMatrix.wrap(1, 2, new double[] {1, 2});
        DenseMatrix b = DenseMatrix.wrap(2, 1, new double[] {3, 4});
        DenseMatrix c = DenseMatrix.wrap(1, 1, new double[] {Double.NaN});

        Gemm.multiply(a, b, c, false);

        assertEquals(11.0, c.getEntry(0, 0), 0.0);
    }

    @Test
    void rejectsAnOutputOfTheWrongShape() {
        DenseMatrix a = new DenseMatrix(2, 3);
        DenseMatrix b = new DenseMatrix(3, 4);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gemm.multiply(a, b, new DenseMatrix(4, 2), false));

        assertTrue(e.getMessage().contains("C must be 2x4, is 4x2"), e.getMessage());
    }

    @Test
    void describesTheBackendItRunsOn() {
        String description = Gemm.describeBackend();

        assertTrue(description.contains(backend == Gemm.Backend.NATIVE ? "JNI" : "Java"), description);
    }

    private static DenseMatrix random(int rows, int columns, SplittableRandom random) {
        DenseMatrix matrix = new DenseMatrix(rows, columns);
        double[] data = matrix.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = 2 * random.nextDouble() - 1;
        }
        return matrix;
    }

    private static DenseMatrix naiveProduct(DenseMatrix a, DenseMatrix b) {
        DenseMatrix c = new DenseMatrix(a.getRowDimension(), b.getColumnDimension());
        for (int i = 0; i < c.getRowDimension(); i++) {
            for (int j = 0; j < c.getColumnDimension(); j++) {
                double sum = 0;
                for (int p = 0; p < a.getColumnDimension(); p++) {
                    sum += a.getEntry(i, p) * b.getEntry(p, j);
                }
                c.setEntry(i, j, sum);
            }
        }
        return c;
    }

    private static void assertClose(org.apache.commons.math3.linear.RealMatrix expected, DenseMatrix actual,
            double tolerance) {
        for (int i = 0; i < expected.getRowDimension(); i++) {
            for (int j = 0; j < expected.getColumnDimension(); j++) {
                assertEquals(expected.getEntry(i, j), actual.getEntry(i, j), tolerance, "entry (" + i + ", "
                        + j + ")");
            }
        }
    }
}
