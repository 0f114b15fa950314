package org.stepwise.train;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Pause, resume, cancel, pace and single steps for one run, safe to call
 * from any thread.
 *
 * <p>The trainer checks it before every step, so each command takes effect
 * within one step. A cancelled control stays cancelled.
 *
 * <p>Pace: {@link #setPace} spaces the steps out, so that a class can watch
 * them one by one; the trainer then sleeps on a condition between steps and
 * never spins. Pace 0 is full speed and costs nothing but the lock.
 *
 * <p>Single step: {@link #stepOnce} lets a paused run take exactly one more
 * step and stay paused.
 */
public final class RunControl {

    /** The slowest pace accepted, in steps per second. */
    public static final double MIN_PACE = 0.1;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean paused;
    private int singleSteps;
    private long intervalNanos;
    private long lastGoNanos;
    private boolean lastGoWasSingle;
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
            throw new IllegalArgumentException("a rate factor must be a finite number above 0, got "
                    + factor);
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
     * Lets a paused run take one more step, after which it is paused again.
     * Each call allows one step; calls made while running do nothing.
     */
    public void stepOnce() {
        lock.lock();
        try {
            if (paused) {
                singleSteps++;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sets how many steps a second the run may take at most; 0 (or less)
     * means full speed. Takes effect at the next step, also during a wait.
     *
     * @throws IllegalArgumentException for a pace above 0 but below {@value #MIN_PACE},
     *         or not a number
     */
    public void setPace(double stepsPerSecond) {
        if (Double.isNaN(stepsPerSecond) || stepsPerSecond > 0 && stepsPerSecond < MIN_PACE) {
            throw new IllegalArgumentException("a pace is 0 (full speed) or at least "
                    + MIN_PACE + " steps a second, not " + stepsPerSecond);
        }
        lock.lock();
        try {
            intervalNanos = stepsPerSecond <= 0 ? 0 : Math.round(1e9 / stepsPerSecond);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The pace in steps a second, 0 for full speed. */
    public double pace() {
        lock.lock();
        try {
            return intervalNanos == 0 ? 0 : 1e9 / intervalNanos;
        } finally {
            lock.unlock();
        }
    }

    /**
     * True when each step should be shown as it happens: the last step was
     * a single step, or the pace is slow enough (at most 20 a second) that
     * copying the network after every step costs nothing that matters.
     */
    public boolean showsEveryStep() {
        lock.lock();
        try {
            return lastGoWasSingle || intervalNanos >= 50_000_000L;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks while paused (unless a single step is allowed) and, at a set
     * pace, until the next step is due. Returns true when the run may take
     * its next step, false once it has been cancelled (or the waiting thread
     * interrupted).
     */
    public boolean awaitGo() {
        lock.lock();
        try {
            while (!cancelled) {
                if (paused) {
                    if (singleSteps > 0) {
                        singleSteps--;
                        return go(true);
                    }
                    changed.await();
                    continue;
                }
                if (intervalNanos > 0) {
                    long wait = lastGoNanos + intervalNanos - System.nanoTime();
                    if (wait > 0) {
                        changed.await(wait, TimeUnit.NANOSECONDS);
                        continue;
                    }
                }
                return go(false);
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
            return false;
        } finally {
            lock.unlock();
        }
    }

    private boolean go(boolean single) {
        lastGoWasSingle = single;
        if (intervalNanos > 0 || single) {
            lastGoNanos = System.nanoTime();
        }
        return true;
    }

    private void setPaused(boolean value) {
        lock.lock();
        try {
            paused = value;
            if (!value) {
                singleSteps = 0;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
