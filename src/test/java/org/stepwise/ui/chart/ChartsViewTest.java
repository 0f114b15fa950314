package org.stepwise.ui.chart;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChartsViewTest {

    @ParameterizedTest
    @CsvSource({
            "3750, 10, 500",
            "100, 10, 10",
            "150, 10, 20",
            "37500, 10, 5000",
            "10, 10, 1"})
    void stepAxisTicksAreOneTwoOrFiveTimesAPowerOfTen(double range, int ticks, double expected) {
        double unit = ChartsView.niceTickUnit(range, ticks);

        assertEquals(expected, unit, 1e-9);
    }
}
