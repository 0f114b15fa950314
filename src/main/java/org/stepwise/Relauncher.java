package org.stepwise;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts the program again in a child JVM when the settings the engine's
 * matrix products need can only be given at start-up, then passes on its
 * exit code.
 *
 * <p>Two settings cannot be made from inside a running JVM, nor from a jar's
 * manifest: OpenBLAS reads its thread count (OPENBLAS_NUM_THREADS, or
 * OMP_NUM_THREADS for its OpenMP build) from the environment when it loads,
 * and Java 17 resolves the incubating Vector API only when asked with
 * {@code --add-modules jdk.incubator.vector}. Without the first a study's two
 * runs stall OpenBLAS's worker threads (ten times slower than one thread
 * each); without the second the Java fallback runs plain loops. So a plain
 * {@code java -jar stepwise.jar} starts one more JVM with the same options,
 * class path and arguments, and with the missing thread counts set to 1 when
 * the system BLAS is OpenBLAS, or the module added when it is not. A thread
 * count the user set is kept.
 *
 * <p>There is no relaunch when nothing is missing, when it already happened
 * (STEPWISE_RELAUNCHED is set), when {@code -Dstepwise.relaunch=false} is
 * given, or when a debugger, agent or flight recording is attached, since
 * those belong to the first JVM. If the child cannot be started, the program
 * runs in this JVM as it is.
 */
final class Relauncher {

    static final String MARKER = "STEPWISE_RELAUNCHED";

    private static final Logger LOG = System.getLogger(Relauncher.class.getName());
    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final List<String> THREAD_COUNTS = List.of("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS");
    private static final List<String> LIBRARY_DIRECTORIES = List.of("/usr/lib/x86_64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib");
    private static final List<String> OWN_OPTIONS = List.of("-agentlib", "-agentpath", "-javaagent",
            "-Xrunjdwp", "-Xdebug", "-XX:StartFlightRecording", "-XX:+FlightRecorder");

    private Relauncher() {
    }

    /**
     * Runs the program in a child JVM when that is needed and possible.
     *
     * @return the child's exit code, or empty when the program should run here
     */
    static Optional<Integer> runInChildIfNeeded(String[] args) {
        Optional<List<String>> command = childCommand(args);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.put(MARKER, "1");
        for (String variable : THREAD_COUNTS) {
            environment.putIfAbsent(variable, "1");
        }
        try {
            Process child = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "stop-child"));
            return Optional.of(child.waitFor());
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "could not start a child JVM, running here: " + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /** The child's command line, or empty when this JVM should run the program. */
    static Optional<List<String>> childCommand(String[] args) {
        boolean openBlas = isOpenBlasInstalled();
        boolean vectorMissing = !openBlas && ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty();
        boolean threadsMissing = openBlas && THREAD_COUNTS.stream().anyMatch(v -> System.getenv(v) == null);
        if (System.getenv(MARKER) != null || "false".equals(System.getProperty("stepwise.relaunch"))
                || !(vectorMissing || threadsMissing)) {
            return Optional.empty();
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (options.stream().anyMatch(o -> OWN_OPTIONS.stream().anyMatch(o::startsWith))) {
            return Optional.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("java.class.path", "");
        if (!Files.isExecutable(java) || classPath.isEmpty()) {
            return Optional.empty();
        }

        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        if (vectorMissing) {
            command.add("--add-modules");
            command.add(VECTOR_MODULE);
        }
        command.add("-cp");
        command.add(classPath);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * True when the system BLAS that netlib will load is OpenBLAS; then the
     * Vector API is not needed, and is not added (it costs a warning line on
     * every start).
     */
    private static boolean isOpenBlasInstalled() {
        for (String directory : LIBRARY_DIRECTORIES) {
            Path blas = Path.of(directory, "libblas.so.3");
            try {
                if (Files.exists(blas) && blas.toRealPath().toString().contains("openblas")) {
                    return true;
                }
            } catch (IOException e) {
                LOG.log(Level.DEBUG, () -> "cannot resolve " + blas + ": " + e);
            }
        }
        return false;
    }
}
