package org.stepwise.network;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;

/**
 * The matrix products of a training step, written into preallocated outputs:
 * the engine's single seam to a BLAS library.
 *
 * <p>All three forms compute {@code C = A' B'} (or add it to C), where the
 * primes mark an optional transpose, on row-major {@link DenseMatrix} arrays.
 * BLAS is column-major, and a row-major m x n array read column-major is the
 * n x m transpose, so each product is handed over as its transpose with the
 * operands swapped: {@code C^T = B'^T A'^T}.
 *
 * <p>The products run on one of two {@link Backend}s, chosen once at start-up.
 * NATIVE is the system's OpenBLAS through dev.ludovic.netlib's JNI binding;
 * it is chosen when its thread count is set (OPENBLAS_NUM_THREADS, or
 * OMP_NUM_THREADS for the OpenMP build), as {@code org.stepwise.Launcher}
 * does, because a study trains one network per core. Otherwise JAVA,
 * netlib's BLAS in Java, runs the products: Vector API kernels when the JVM
 * runs with {@code --add-modules jdk.incubator.vector}, else plain loops. The
 * system property {@value #BACKEND_PROPERTY} ({@code native} or {@code java})
 * forces one. Both give the same results up to rounding (the native kernels
 * sum in blocks and with fused multiply-adds); {@link #describeBackend()} says
 * which one runs and why. Neither allocates per call.
 */
public final class Gemm {

    /** The system property that forces a backend: {@code native} or {@code java}. */
    public static final String BACKEND_PROPERTY = "stepwise.blas";

    private static final Logger LOG = System.getLogger(Gemm.class.getName());
    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    /** Where the matrix products run. */
    public enum Backend {

        /** The system's BLAS library (OpenBLAS on Debian) through netlib's JNI binding. */
        NATIVE,

        /** netlib's BLAS written in Java: Vector API kernels if the module is present, else plain loops. */
        JAVA
    }

    private static final BLAS NATIVE_BLAS = loadNative().orElse(null);
    private static final BLAS JAVA_BLAS = JavaBLAS.getInstance();
    private static final String NATIVE_LIBRARY = NATIVE_BLAS == null ? null : findNativeLibrary();
    private static final Optional<String> AVOID_NATIVE = NATIVE_BLAS == null ? Optional.empty()
            : reasonToAvoidNative();
    private static volatile Backend backend = chooseBackend();
    private static volatile BLAS blas = blasOf(backend);

    private Gemm() {
    }

    /** The backend in use. */
    public static Backend backend() {
        return backend;
    }

    /** True when that backend can run here; {@link Backend#JAVA} always can. */
    public static boolean isAvailable(Backend candidate) {
        return candidate == Backend.JAVA || NATIVE_BLAS != null;
    }

    /**
     * Switches every later product to another backend, for tests and
     * benchmarks that compare them. Call it while no network is training.
     *
     * @throws IllegalStateException if that backend cannot run here
     */
    public static void useBackend(Backend choice) {
        if (!isAvailable(choice)) {
            throw new IllegalStateException("the native BLAS backend did not load; " + nativeMissingHint());
        }
        blas = blasOf(choice);
        backend = choice;
    }

    /**
     * One line naming where the products run, for the bench output and an
     * About box, such as "OpenBLAS through JNI
     * (/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3)" or "Java
     * Vector API (netlib VectorBLAS)".
     */
    public static String describeBackend() {
        return describe(backend);
    }

    /** A short name for the backend in use: "OpenBLAS", "Java Vector API" or "plain Java". */
    public static String backendLabel() {
        if (backend == Backend.NATIVE) {
            return NATIVE_LIBRARY != null && NATIVE_LIBRARY.contains("openblas") ? "OpenBLAS" : "native BLAS";
        }
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent() ? "Java Vector API" : "plain Java";
    }

    /** One line naming the given backend and the library behind it. */
    public static String describe(Backend which) {
        if (which == Backend.NATIVE) {
            if (NATIVE_BLAS == null) {
                return "native BLAS (not loaded; " + nativeMissingHint() + ")";
            }
            String library = NATIVE_LIBRARY == null ? "libblas.so.3" : NATIVE_LIBRARY;
            String name = library.toLowerCase(Locale.ROOT).contains("openblas") ? "OpenBLAS" : "native BLAS";
            return name + " through JNI (" + library + ")";
        }
        boolean vector = ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
        StringBuilder text = new StringBuilder(vector ? "Java Vector API" : "plain Java")
                .append(" (netlib ").append(JAVA_BLAS.getClass().getSimpleName()).append(')');
        if (!vector) {
            text.append("; start Java with --add-modules ").append(VECTOR_MODULE)
                    .append(" for the Vector API");
        }
        if (NATIVE_BLAS == null) {
            text.append("; ").append(nativeMissingHint());
        } else {
            AVOID_NATIVE.ifPresent(reason -> text.append("; not native because ").append(reason));
        }
        return text.toString();
    }

    /**
     * C = A B, or C += A B when {@code accumulate}; A is m x k, B is k x n, C is m x n.
     */
    public static void multiply(DenseMatrix a, DenseMatrix b, DenseMatrix c, boolean accumulate) {
        multiply(a, b, c, 1.0, accumulate ? 1.0 : 0.0);
    }

    /**
     * C = alpha A B + beta C; A is m x k, B is k x n, C is m x n. With beta 0,
     * what C held is not read (a NaN there does not spread).
     */
    public static void multiply(DenseMatrix a, DenseMatrix b, DenseMatrix c, double alpha, double beta) {
        int m = a.getRowDimension();
        int k = a.getColumnDimension();
        int n = b.getColumnDimension();
        requireShape(b, k, n, "B");
        requireShape(c, m, n, "C");

        blas.dgemm("N", "N", n, m, k, alpha, b.data(), n, a.data(), k, beta, c.data(), n);
    }

    /** C = A^T B; A is k x m, B is k x n, C is m x n. */
    public static void multiplyTransposedLeft(DenseMatrix a, DenseMatrix b, DenseMatrix c) {
        int k = a.getRowDimension();
        int m = a.getColumnDimension();
        int n = b.getColumnDimension();
        requireShape(b, k, n, "B");
        requireShape(c, m, n, "C");

        blas.dgemm("N", "T", n, m, k, 1.0, b.data(), n, a.data(), m, 0.0, c.data(), n);
    }

    /** C = A B^T; A is m x k, B is n x k, C is m x n. */
    public static void multiplyTransposedRight(DenseMatrix a, DenseMatrix b, DenseMatrix c) {
        multiplyTransposedRight(a, b, c, 1.0, 0.0);
    }

    /** C = alpha A B^T + beta C; A is m x k, B is n x k, C is m x n. With beta 0, C is not read. */
    public static void multiplyTransposedRight(DenseMatrix a, DenseMatrix b, DenseMatrix c, double alpha,
            double beta) {
        int m = a.getRowDimension();
        int k = a.getColumnDimension();
        int n = b.getRowDimension();
        requireShape(b, n, k, "B");
        requireShape(c, m, n, "C");

        blas.dgemm("T", "N", n, m, k, alpha, b.data(), k, a.data(), k, beta, c.data(), n);
    }

    private static void requireShape(DenseMatrix matrix, int rows, int columns, String name) {
        if (matrix.getRowDimension() != rows || matrix.getColumnDimension() != columns) {
            throw new IllegalArgumentException(name + " must be " + rows + "x" + columns + ", is "
                    + matrix.getRowDimension() + "x" + matrix.getColumnDimension());
        }
    }

    private static BLAS blasOf(Backend which) {
        return which == Backend.NATIVE ? NATIVE_BLAS : JAVA_BLAS;
    }

    private static Backend chooseBackend() {
        String forced = System.getProperty(BACKEND_PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        Backend chosen = switch (forced) {
            case "", "auto" -> NATIVE_BLAS != null && AVOID_NATIVE.isEmpty() ? Backend.NATIVE : Backend.JAVA;
            case "java" -> Backend.JAVA;
            case "native" -> {
                if (NATIVE_BLAS == null) {
                    throw new IllegalStateException("-D" + BACKEND_PROPERTY + "=native, but the native BLAS "
                            + "did not load; " + nativeMissingHint());
                }
                yield Backend.NATIVE;
            }
            default -> throw new IllegalArgumentException("-D" + BACKEND_PROPERTY
                    + " must be native, java or "
                    + "auto, got '" + forced + "'");
        };
        LOG.log(Level.DEBUG, () -> "matrix products: " + describe(chosen));
        return chosen;
    }

    /**
     * The native BLAS, or empty when it does not load. netlib reports a
     * failed load as a java.util.logging warning on standard error; a missing
     * OpenBLAS is a supported set-up (the Java backend takes over and
     * {@link #describeBackend()} says so), so that warning is held back here.
     */
    private static Optional<BLAS> loadNative() {
        java.util.logging.Logger netlib = java.util.logging.Logger.getLogger(
                "dev.ludovic.netlib.blas.InstanceBuilder");
        java.util.logging.Level before = netlib.getLevel();
        netlib.setLevel(java.util.logging.Level.SEVERE);
        try {
            return Optional.of(NativeBLAS.getInstance());
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.DEBUG, () -> "no native BLAS: " + e);
            return Optional.empty();
        } finally {
            netlib.setLevel(before);
        }
    }

    /**
     * Why the automatic choice passes over the loaded native library, or
     * empty when it may be used. Only OpenBLAS is known to beat the Java
     * kernels. Its multi-threaded builds are used only when their thread count
     * is set (the launcher sets it to 1): otherwise their workers spin against
     * the study's runs, which made figure-9 ten times slower. Debian's
     * single-threaded build is never chosen: built without locking, it
     * returned wrong products when two runs called it at once.
     */
    private static Optional<String> reasonToAvoidNative() {
        String library = NATIVE_LIBRARY == null ? "libblas.so.3" : NATIVE_LIBRARY;
        String name = Path.of(library).getFileName().toString();
        if (!library.contains("openblas")) {
            return Optional.of(library + " is not OpenBLAS; -D" + BACKEND_PROPERTY
                    + "=native uses it anyway");
        }
        if (library.contains("openblas-serial") || name.startsWith("libopenblas-r")) {
            return Optional.of(library + " is not safe to call from two threads at once; install "
                    + "libopenblas0-pthread");
        }
        boolean openmp = library.contains("openmp") || name.startsWith("libopenblaso");
        String threadCount = openmp ? "OMP_NUM_THREADS" : "OPENBLAS_NUM_THREADS";
        if (System.getenv(threadCount) == null) {
            return Optional.of(library + " runs on as many threads as there are cores unless " + threadCount
                    + " is set, and stalls when several runs train at once; set " + threadCount + "=1");
        }
        return Optional.empty();
    }

    /** The path of the loaded BLAS library, read from the process's memory map (Linux). */
    private static String findNativeLibrary() {
        try {
            return Files.readAllLines(Path.of("/proc/self/maps")).stream()
                    .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .filter(path -> path.contains("libblas.so") || path.contains("libopenblas"))
                    .findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String nativeMissingHint() {
        return "no OpenBLAS found (Debian: apt-get install libopenblas0-pthread)";
    }
}
