package org.stepwise.ui.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Condenses an endless stream of (step, value) pairs into at most a fixed
 * number of chart points, so that a series stays cheap to draw however long
 * training runs.
 *
 * <p>Each point is the mean of one block of consecutive values. Blocks start
 * one value long; when the finished blocks reach the limit, neighbouring pairs
 * are merged into one point and the block length doubles. The last point is
 * the block still being filled, so it always includes the newest value.
 *
 * <p>Merging two points as the mean of their means is exact because both
 * blocks hold the same number of values. NaN values are skipped.
 *
 * <p>A reader that redraws incrementally asks {@link #firstChangedIndex()}
 * which points moved since its last {@link #markSeen()}. Not thread-safe: the
 * window uses it on the FX thread only.
 */
public final class SeriesAggregator {

    /** What {@link #firstChangedIndex()} returns when nothing changed. */
    public static final int UNCHANGED = Integer.MAX_VALUE;

    private final int maxPoints;
    private final List<Point> finished = new ArrayList<>();
    private int blockSize = 1;
    private double partialXSum;
    private double partialYSum;
    private int partialCount;
    private int firstChanged = UNCHANGED;

    /**
     * One chart point.
     *
     * @param x the mean step of the block
     * @param y the mean value of the block
     * @param count how many values the block holds
     */
    public record Point(double x, double y, int count) {
    }

    /** @param maxPoints the most points ever held, at least 2 */
    public SeriesAggregator(int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException(
                    "an aggregated series needs room for at least 2 points, got " + maxPoints);
        }
        this.maxPoints = maxPoints;
    }

    /** Adds one value; a value that is not finite (NaN, an infinity) cannot be drawn and is ignored. */
    public void add(double x, double y) {
        if (!Double.isFinite(y)) {
            return;
        }
        partialXSum += x;
        partialYSum += y;
        partialCount++;
        markChanged(finished.size());

        if (partialCount == blockSize) {
            finishPartialBlock();
        }
    }

    /** The number of points, at most the limit given at construction. */
    public int size() {
        return finished.size() + (partialCount > 0 ? 1 : 0);
    }

    /** The point at {@code index}, oldest first; the last may be a block still filling. */
    public Point point(int index) {
        if (index == finished.size() && partialCount > 0) {
            return new Point(partialXSum / partialCount, partialYSum / partialCount, partialCount);
        }
        return finished.get(index);
    }

    /** Every point, oldest first. */
    public List<Point> points() {
        List<Point> all = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            all.add(point(i));
        }
        return all;
    }

    /** How many values a finished point averages now: 1, 2, 4, ... */
    public int blockSize() {
        return blockSize;
    }

    /** Forgets every value and starts again with blocks of one. */
    public void clear() {
        finished.clear();
        blockSize = 1;
        clearPartial();
        firstChanged = 0;
    }

    /**
     * The lowest index whose point was added, changed or removed since the
     * last {@link #markSeen()}, or {@link #UNCHANGED}.
     */
    public int firstChangedIndex() {
        return firstChanged;
    }

    /** Records that a reader has caught up with every point. */
    public void markSeen() {
        firstChanged = UNCHANGED;
    }

    private void finishPartialBlock() {
        finished.add(point(finished.size()));
        clearPartial();
        if (finished.size() >= maxPoints) {
            mergePairs();
        }
    }

    /** Halves the points by averaging neighbours; an odd one out refills the partial block. */
    private void mergePairs() {
        List<Point> merged = new ArrayList<>(finished.size() / 2 + 1);
        for (int i = 0; i + 1 < finished.size(); i += 2) {
            merged.add(mean(finished.get(i), finished.get(i + 1)));
        }
        if (finished.size() % 2 == 1) {
            Point last = finished.get(finished.size() - 1);
            partialXSum = last.x() * last.count();
            partialYSum = last.y() * last.count();
            partialCount = last.count();
        }

        finished.clear();
        finished.addAll(merged);
        blockSize *= 2;
        markChanged(0);
    }

    private static Point mean(Point a, Point b) {
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2, a.count() + b.count());
    }

    private void clearPartial() {
        partialXSum = 0;
        partialYSum = 0;
        partialCount = 0;
    }

    private void markChanged(int index) {
        firstChanged = Math.min(firstChanged, index);
    }
}
