package org.stepwise.train;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Pause, resume and cancel for one run, safe to call from any thread.
 *
 * <p>The trainer checks it before every step, so each command takes effect
 * within one step. A cancelled control stays cancelled.
 */
public final class RunControl {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean paused;
    private volatile boolean cancelled;
    private volatile double rateFactor = 1.0;

    public void pause() {
        setPaused(true);
    }

    public void resume() {
        setPaused(false);
    }

    /** Asks the run to stop before its next step; also wakes a paused run. */
    public void cancel() {
        lock.lock();
        try {
            cancelled = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Multiplies every learning rate the run uses from its next step on: the
     * way to go on more gently after a divergence without starting over.
     *
     * @param factor a finite number above zero; 1 is the schedule as configured
     */
    public void setRateFactor(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("a rate factor must be a finite number above 0, got " + factor);
        }
        rateFactor = factor;
    }

    /** The factor every scheduled learning rate is multiplied by; 1 unless changed. */
    public double rateFactor() {
        return rateFactor;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isPaused() {
        lock.lock();
        try {
            return paused;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks while paused. Returns true when the run may take its next step,
     * false once it has been cancelled (or the waiting thread interrupted).
     */
    public boolean awaitGo() {
        lock.lock();
        try {
            while (paused && !cancelled) {
                changed.await();
            }
            return !cancelled;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void setPaused(boolean value) {
        lock.lock();
        try {
            paused = value;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
