package org.stepwise.ui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action at most once per interval however often it is asked for,
 * and always once after the last request, so the newest state is never
 * left out. Use it on the FX thread.
 *
 * <p>With a zero interval every request runs the action at once and no
 * timer is made, which lets view-model tests run without a toolkit.
 */
public final class Throttle {

    private final Duration interval;
    private final Runnable action;
    private PauseTransition timer;
    private boolean scheduled;
    private long lastRunNanos = Long.MIN_VALUE / 2;

    /** @param interval the least time between two runs of the action; zero or more */
    public Throttle(Duration interval, Runnable action) {
        if (interval.lessThan(Duration.ZERO)) {
            throw new IllegalArgumentException("the interval must be zero or more, got " + interval);
        }
        this.interval = interval;
        this.action = action;
    }

    /** Runs the action now if the interval has passed, or else once when it has. */
    public void request() {
        if (scheduled) {
            return;
        }
        double waitMillis = interval.toMillis() - (System.nanoTime() - lastRunNanos) / 1e6;
        if (waitMillis <= 0) {
            run();
            return;
        }
        if (timer == null) {
            timer = new PauseTransition();
            timer.setOnFinished(event -> run());
        }
        scheduled = true;
        timer.setDuration(Duration.millis(waitMillis));
        timer.playFromStart();
    }

    /** Forgets a waiting request. */
    public void cancel() {
        if (timer != null) {
            timer.stop();
        }
        scheduled = false;
    }

    private void run() {
        scheduled = false;
        lastRunNanos = System.nanoTime();
        action.run();
    }
}
