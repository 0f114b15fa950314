package org.stepwise.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.stepwise.data.Datasets;

/**
 * Measures training throughput: the thesis protocol's SGD step (a batch drawn
 * with replacement, copied in, forward, loss, backward, update), nothing
 * else, the same work the PyTorch comparison in bench/ times.
 *
 * <p>Each of {@code threads} threads trains its own network. After a warm-up
 * of two sections, which lets the JIT compile the step, every section runs
 * all threads for the same wall-clock time and counts the samples they
 * trained; the result is the median section.
 */
public final class TrainingBenchmark {

    private static final double THESIS_RATE = 0.3;

    private TrainingBenchmark() {
    }

    /**
     * The measured throughput of one network and batch size.
     *
     * @param sizes units per layer, input first
     * @param sectionRates samples per second of each timed section, in order
     */
    public record Result(int[] sizes, int batchSize, int threads, double[] sectionRates) {

        /** The median section's samples per second, over all threads. */
        public double samplesPerSecond() {
            double[] sorted = sectionRates.clone();
            Arrays.sort(sorted);
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        /** The median throughput in billions of product operations a second ({@link #flopsPerSample}). */
        public double gigaflopsPerSecond() {
            return samplesPerSecond() * flopsPerSample(sizes) / 1e9;
        }
    }

    /**
     * The multiply-adds of one sample's training step, counted as two
     * operations each: W a forward and delta a^T for the weight gradient on
     * every layer, and W^T delta on every layer but the first. Elementwise
     * work is not counted, as BLAS benchmarks do not count it.
     */
    public static double flopsPerSample(int[] sizes) {
        double products = 0;
        double propagated = 0;
        for (int l = 1; l < sizes.length; l++) {
            double layer = (double) sizes[l - 1] * sizes[l];
            products += layer;
            if (l > 1) {
                propagated += layer;
            }
        }
        return 2 * (2 * products + propagated);
    }

    /**
     * Trains and times.
     *
     * @param hiddenSizes the hidden layers, such as [32] or [400, 400]
     * @param sections timed sections, at least 1
     * @param sectionSeconds the length of one section, in seconds
     */
    public static Result measure(Datasets data, List<Integer> hiddenSizes, int batchSize, int threads,
            int sections, double sectionSeconds) {
        TrainingConfig config = TrainingConfig.thesis().toBuilder().hiddenSizes(hiddenSizes)
                .batchSize(batchSize).testSampleSize(0).build();
        List<Trainer> trainers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            trainers.add(new Trainer(config.toBuilder().seed(config.seed() + t).build(), data));
        }
        long sectionNanos = (long) (sectionSeconds * 1e9);

        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bench");
            thread.setDaemon(true);
            return thread;
        });
        try {
            timeSection(pool, trainers, 2 * sectionNanos);
            double[] rates = new double[sections];
            for (int s = 0; s < sections; s++) {
                rates[s] = timeSection(pool, trainers, sectionNanos) * batchSize;
            }
            return new Result(config.layerSizes(data.training().pixelCount(), 10), batchSize, threads, rates);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs every trainer until the section ends; returns steps per second over all of them. */
    private static double timeSection(ExecutorService pool, List<Trainer> trainers, long nanos) {
        long start = System.nanoTime();
        long end = start + nanos;
        List<Future<Long>> steps = new ArrayList<>();
        for (Trainer trainer : trainers) {
            steps.add(pool.submit(() -> stepUntil(trainer, end)));
        }
        long total = 0;
        try {
            for (Future<Long> future : steps) {
                total += future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the benchmark was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark thread failed: " + e.getCause(), e.getCause());
        }
        return total / ((System.nanoTime() - start) / 1e9);
    }

    private static long stepUntil(Trainer trainer, long end) {
        long count = 0;
        do {
            trainer.trainStep(THESIS_RATE);
            count++;
        } while (System.nanoTime() < end);
        return count;
    }
}
