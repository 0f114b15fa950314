package org.stepwise.train;

import java.util.Collection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded hand-over of step metrics from the training thread to a reader
 * (the window's drain timer), which empties it in batches.
 *
 * <p>When the reader falls behind and the buffer is full, the trainer waits
 * rather than drop a step; the wait ends as soon as the run is cancelled.
 */
public final class MetricsBuffer {

    private final ArrayBlockingQueue<StepMetrics> queue;

    /** @param capacity the most steps held at once, at least 1 */
    public MetricsBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        queue = new ArrayBlockingQueue<>(capacity);
    }

    /**
     * Adds one step's metrics, waiting while the buffer is full.
     *
     * @return false if the run was cancelled (or the thread interrupted) before there was room
     */
    public boolean put(StepMetrics metrics, RunControl control) {
        try {
            while (!queue.offer(metrics, 20, TimeUnit.MILLISECONDS)) {
                if (control.isCancelled()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Moves every waiting step, oldest first, into {@code sink}; returns how many. */
    public int drainTo(Collection<? super StepMetrics> sink) {
        return queue.drainTo(sink);
    }

    /** The number of steps waiting. */
    public int size() {
        return queue.size();
    }

    public void clear() {
        queue.clear();
    }
}
