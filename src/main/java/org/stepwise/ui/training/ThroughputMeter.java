package org.stepwise.ui.training;

import java.util.ArrayDeque;

/**
 * Training speed in steps per second, measured over about the last second so
 * that it follows changes without flickering with every drain.
 */
final class ThroughputMeter {

    private static final long WINDOW_NANOS = 1_000_000_000L;
    private static final long MIN_SPAN_NANOS = 200_000_000L;

    private record Sample(long nanos, long steps) {
    }

    private final ArrayDeque<Sample> samples = new ArrayDeque<>();

    /** Records that {@code steps} steps were complete at time {@code nanos}. */
    void record(long nanos, long steps) {
        samples.addLast(new Sample(nanos, steps));
        while (samples.size() > 2 && nanos - second().nanos() >= WINDOW_NANOS) {
            samples.removeFirst();
        }
    }

    /** Steps per second, or NaN until a fifth of a second has been measured. */
    double stepsPerSecond() {
        if (samples.size() < 2) {
            return Double.NaN;
        }
        Sample first = samples.getFirst();
        Sample last = samples.getLast();
        long span = last.nanos() - first.nanos();
        if (span < MIN_SPAN_NANOS) {
            return Double.NaN;
        }
        return (last.steps() - first.steps()) * 1e9 / span;
    }

    /** Forgets the past, after a pause, so that the pause does not count as slowness. */
    void reset() {
        samples.clear();
    }

    private Sample second() {
        var iterator = samples.iterator();
        iterator.next();
        return iterator.next();
    }
}
