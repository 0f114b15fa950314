package org.stepwise.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.training.TrainingState;

/**
 * Measures how fluid the window stays while it trains at full speed with
 * its charts live: the FX thread's work per pulse, how long an event waits
 * for the FX thread, and the heap as the steps go by. It prints the figures;
 * nothing asserts them.
 *
 * <p>Pulse work runs from the first animation timer of a pulse (this
 * benchmark's, registered before the window's own) to the end of its layout
 * pass; rendering happens on the render thread. Event latency is the wait of
 * a task posted to the FX thread every 20 ms, which is what a click waits for.
 * The heap is measured after a full collection at each tenth of the run.
 *
 * <p>Run it with {@code java -jar target/stepwise.jar bench --window [STEPS]}
 * (default 1,000,000 steps of the default network) on a real or virtual display.
 */
public final class WindowBenchmark extends Application {

    private static final int STEPS_PER_SECTION = 10_000;

    private final List<Double> pulseMillis = new ArrayList<>();
    private final List<Double> latencyMillis = new ArrayList<>();
    private final List<String> heapLines = new ArrayList<>();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "latency-probe");
        thread.setDaemon(true);
        return thread;
    });
    private ExecutorService background;
    private MainViewModel model;
    private long pulseStart;
    private long startNanos;
    private int nextHeapTenth;

    @Override
    public void start(Stage stage) {
        int steps = getParameters().getRaw().isEmpty() ? 1_000_000
                : Integer.parseInt(getParameters().getRaw().get(0).replace(",", "").replace("_", ""));
        // Registered before the window exists, so it runs first in every pulse.
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulseStart = System.nanoTime();
            }
        }.start();

        background = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "benchmark-worker");
            thread.setDaemon(true);
            return thread;
        });
        model = new MainViewModel(background);
        Scene scene = new Scene(new MainView(model), StepwiseApp.DEFAULT_WIDTH, StepwiseApp.DEFAULT_HEIGHT);
        scene.getStylesheets().add(Styles.stylesheet());
        scene.addPostLayoutPulseListener(this::pulseEnded);
        stage.setScene(scene);
        stage.setTitle("Stepwise window benchmark");
        stage.show();

        int sections = Math.max(1, steps / STEPS_PER_SECTION);
        model.config().load(TrainingConfig.thesis().toBuilder().sections(sections)
                .stepsPerSection(Math.min(steps, STEPS_PER_SECTION)).build());
        model.loadData(null);
        model.startWhenReady();
        model.training().progressProperty().addListener((o, before, now) -> sampleHeap(now.doubleValue()));
        model.training().stateProperty().addListener((o, before, now) -> {
            if (now == TrainingState.FINISHED || now == TrainingState.FAILED
                    || now == TrainingState.STOPPED) {
                report(System.out, sections * Math.min(steps, STEPS_PER_SECTION));
                Platform.exit();
            }
        });
        startNanos = System.nanoTime();
        prober.scheduleAtFixedRate(this::probeLatency, 1, 20, TimeUnit.MILLISECONDS);
    }

    private void pulseEnded() {
        if (pulseStart != 0 && model.training().getState() == TrainingState.RUNNING) {
            pulseMillis.add((System.nanoTime() - pulseStart) / 1e6);
        }
        pulseStart = 0;
    }

    private void probeLatency() {
        long posted = System.nanoTime();
        Platform.runLater(() -> {
            if (model.training().getState() == TrainingState.RUNNING) {
                latencyMillis.add((System.nanoTime() - posted) / 1e6);
            }
        });
    }

    private void sampleHeap(double progress) {
        if (progress * 10 < nextHeapTenth) {
            return;
        }
        int tenth = nextHeapTenth++;
        background.execute(() -> {
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            String line = String.format(Locale.ROOT, "heap after %3d %% of the run: %6.1f MB", tenth * 10,
                    used / 1e6);
            Platform.runLater(() -> heapLines.add(line));
        });
    }

    private void report(PrintStream out, long steps) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        out.printf(Locale.ROOT, "window benchmark: %,d steps in %.1f s (%,.0f steps/s) with live charts%n",
                steps,
                seconds, steps / seconds);
        out.println(summary("FX pulse work (timers, CSS, layout)", pulseMillis));
        out.println(summary("event wait on the FX thread", latencyMillis));
        heapLines.forEach(out::println);
        out.flush();
    }

    private static String summary(String what, List<Double> millis) {
        if (millis.isEmpty()) {
            return what + ": no samples";
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT,
                "%s: %,d samples, median %.2f ms, 99th percentile %.2f ms, max %.2f ms",
                what, sorted.length, percentile(sorted, 50), percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public void stop() {
        prober.shutdownNow();
        model.shutdown();
        background.shutdownNow();
    }
}
