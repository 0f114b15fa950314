package org.stepwise.ui.chart;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeriesAggregatorTest {

    /** y = the step's square: blocks of different steps have clearly different means. */
    private static double value(int step) {
        return (double) step * step;
    }

    private static SeriesAggregator fed(int limit, int count) {
        SeriesAggregator series = new SeriesAggregator(limit);
        for (int step = 0; step < count; step++) {
            series.add(step, value(step));
        }
        return series;
    }

    private static double meanOfValues(int first, int count) {
        double sum = 0;
        for (int step = first; step < first + count; step++) {
            sum += value(step);
        }
        return sum / count;
    }

    @Test
    void keepsEveryValueWhileUnderTheLimit() {
        SeriesAggregator series = fed(1_000, 999);

        List<SeriesAggregator.Point> points = series.points();

        assertEquals(999, points.size());
        assertEquals(1, series.blockSize());
        assertEquals(new SeriesAggregator.Point(500, 250_000, 1), points.get(500));
    }

    @Nested
    class TenThousandAndOneSteps {

        private final SeriesAggregator series = fed(1_000, 10_001);

        @Test
        void fitWithinTheLimit() {
            int size = series.size();

            assertTrue(size <= 1_000, "expected at most 1,000 points, got " + size);
        }

        @Test
        void averageBlocksOfSixteen() {
            // 1,000 -> 500 points at step 1,000, then 2,000, 4,000 and 8,000: blocks of 16.
            int block = series.blockSize();

            assertEquals(16, block);
            assertEquals(625 + 1, series.size());
        }

        @Test
        void giveEachPointTheMeanOfItsBlock() {
            List<SeriesAggregator.Point> points = series.points();

            for (int i = 0; i < points.size() - 1; i++) {
                SeriesAggregator.Point point = points.get(i);
                double expected = meanOfValues(16 * i, 16);
                assertEquals(expected, point.y(), expected * 1e-12, "point " + i);
                assertEquals(16 * i + 7.5, point.x(), 1e-9, "point " + i);
                assertEquals(16, point.count());
            }
        }

        @Test
        void endWithTheNewestStepAlone() {
            SeriesAggregator.Point last = series.point(series.size() - 1);

            assertEquals(new SeriesAggregator.Point(10_000, value(10_000), 1), last);
        }
    }

    @Test
    void lastPointFollowsAPartlyFilledBlock() {
        SeriesAggregator series = fed(4, 7);

        SeriesAggregator.Point last = series.point(series.size() - 1);

        // Limit 4: merged to blocks of 2 at the 4th value; steps 4 and 5 form a block, 6 is alone.
        assertEquals(2, series.blockSize());
        assertEquals(4, series.size());
        assertEquals(new SeriesAggregator.Point(6, 36, 1), last);
    }

    @Test
    void oddLimitCarriesTheLeftoverIntoTheNextBlock() {
        SeriesAggregator series = fed(5, 6);

        List<SeriesAggregator.Point> points = series.points();

        // At 5 values: (0,1) (2,3) merge, 4 is left over and waits for 5.
        assertEquals(List.of(
                new SeriesAggregator.Point(0.5, 0.5, 2),
                new SeriesAggregator.Point(2.5, 6.5, 2),
                new SeriesAggregator.Point(4.5, 20.5, 2)), points);
    }

    @Test
    void skipsMissingValues() {
        SeriesAggregator series = new SeriesAggregator(10);

        series.add(0, 1.0);
        series.add(1, Double.NaN);
        series.add(2, 3.0);

        assertEquals(List.of(new SeriesAggregator.Point(0, 1, 1),
                new SeriesAggregator.Point(2, 3, 1)), series.points());
    }

    @Nested
    class ChangeTracking {

        @Test
        void reportsOnlyTheNewTail() {
            SeriesAggregator series = fed(100, 10);
            series.markSeen();

            series.add(10, 1.0);

            assertEquals(10, series.firstChangedIndex());
        }

        @Test
        void reportsEveryPointAfterAMerge() {
            SeriesAggregator series = fed(10, 9);
            series.markSeen();

            series.add(9, 1.0);

            assertEquals(0, series.firstChangedIndex());
            assertEquals(5, series.size());
        }

        @Test
        void reportsNothingOnceSeen() {
            SeriesAggregator series = fed(10, 3);

            series.markSeen();

            assertEquals(SeriesAggregator.UNCHANGED, series.firstChangedIndex());
        }
    }

    @Test
    void clearStartsOverWithBlocksOfOne() {
        SeriesAggregator series = fed(10, 100);

        series.clear();
        series.add(0, 2.0);

        assertEquals(1, series.blockSize());
        assertEquals(List.of(new SeriesAggregator.Point(0, 2, 1)), series.points());
    }

    @Test
    void rejectsRoomForFewerThanTwoPoints() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SeriesAggregator(1));

        assertTrue(e.getMessage().contains("got 1"), e.getMessage());
    }
}
