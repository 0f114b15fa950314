package org.stepwise.train;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.stepwise.data.Datasets;

/**
 * Runs a {@link StudyPlan}: every run of every configuration, spread over a
 * number of threads (runs are independent), then summarized.
 *
 * <p>Each run is a {@link Trainer} with the configuration's settings and the
 * run's seed, so the result does not depend on the number of threads or the
 * order in which runs finish: a study with the same plan repeats to the bit.
 */
public final class StudyRunner {

    private static final Logger LOG = System.getLogger(StudyRunner.class.getName());

    private final Datasets data;
    private final int threads;

    /** @param threads how many runs train at once, at least 1 */
    public StudyRunner(Datasets data, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a study needs at least 1 thread, got " + threads);
        }
        this.data = data;
        this.threads = threads;
    }

    /** As many threads as the machine has cores. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs the whole plan on this runner's threads and waits for it.
     *
     * @param control cancels every run (within one step) and pauses them
     */
    public StudyResult run(StudyPlan plan, StudyListener listener, RunControl control) {
        return run(plan, listener, control, Map.of());
    }

    /**
     * Runs what remains of a plan: the runs in {@code finished} (keyed by
     * {@link #runKey}) are taken as they are and the others are trained.
     * Since every run depends only on its configuration and seed, a study
     * resumed this way ends exactly as one run without a break.
     */
    public StudyResult run(StudyPlan plan, StudyListener listener, RunControl control,
            Map<String, RunRecord> finished) {
        long start = System.nanoTime();
        long total = plan.totalSteps();
        AtomicLong done = new AtomicLong();
        LOG.log(Level.INFO, () -> "study " + plan.name() + " starts: " + plan.configurations().size()
                + " configurations x " + plan.runs() + " runs on " + threads + " threads");

        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "study-run");
            thread.setDaemon(true);
            return thread;
        });
        List<List<Future<RunRecord>>> futures = new ArrayList<>();
        try {
            for (StudyConfiguration configuration : plan.configurations()) {
                List<Future<RunRecord>> runs = new ArrayList<>();
                for (int r = 0; r < plan.runs(); r++) {
                    int run = r;
                    RunRecord earlier = finished.get(runKey(plan.configurations().indexOf(configuration),
                            run));
                    if (earlier != null) {
                        done.addAndGet(configuration.config().totalSteps());
                        runs.add(CompletableFuture.completedFuture(earlier));
                    } else {
                        runs.add(pool.submit(() -> runOne(plan, configuration, run, listener, control, done,
                                total)));
                    }
                }
                futures.add(runs);
            }
            List<ConfigurationSummary> summaries = new ArrayList<>();
            for (int c = 0; c < futures.size(); c++) {
                List<RunRecord> records = new ArrayList<>();
                for (Future<RunRecord> future : futures.get(c)) {
                    RunRecord record = future.get();
                    if (record != null) {
                        records.add(record);
                    }
                }
                if (records.size() == plan.runs()) {
                    summaries.add(ConfigurationSummary.of(plan.configurations().get(c), records));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean cancelled = control.isCancelled();
            LOG.log(Level.INFO, () -> String.format("study %s %s in %.1f s", plan.name(),
                    cancelled ? "cancelled" : "finished", seconds));
            return new StudyResult(plan, summaries, cancelled, seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            control.cancel();
            throw new IllegalStateException("the study was interrupted", e);
        } catch (ExecutionException e) {
            control.cancel();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a run of the study failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The key of run {@code run} of configuration {@code configuration} (both from 0) among finished runs.
     */
    public static String runKey(int configuration, int run) {
        return configuration + "/" + run;
    }

    /** One run; null when it was cancelled before its last step. */
    private RunRecord runOne(StudyPlan plan, StudyConfiguration configuration, int run,
            StudyListener listener,
            RunControl control, AtomicLong done, long total) {
        if (control.isCancelled()) {
            return null;
        }
        long seed = plan.seedOfRun(run);
        TrainingConfig config = configuration.config().toBuilder().seed(seed).build();
        RunRecord.Recorder recorder = new RunRecord.Recorder(config);
        RunResult result = new Trainer(config, data).run(new TrainingListener() {
            @Override
            public void onStep(StepMetrics metrics) {
                recorder.onStep(metrics);
                listener.onProgress(done.incrementAndGet(), total);
            }
        }, control);
        if (result.cancelled()) {
            return null;
        }
        RunRecord record = recorder.toRecord(seed, result.seconds());
        listener.onRunFinished(configuration, run, record);
        return record;
    }
}
