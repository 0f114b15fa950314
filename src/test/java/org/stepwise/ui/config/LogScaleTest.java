package org.stepwise.ui.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogScaleTest {

    @ParameterizedTest
    @CsvSource({"0.001, -3", "0.01, -2", "0.1, -1", "1, 0"})
    void placesEachDecadeOneUnitApart(double rate, double position) {
        assertEquals(position, LogScale.position(rate), 1e-12);
    }

    @Test
    void holdsRatesOutsideTheSliderAtItsEnds() {
        assertEquals(LogScale.MAX_POSITION, LogScale.position(5));
        assertEquals(LogScale.MIN_POSITION, LogScale.position(0.00001));
        assertEquals(LogScale.MIN_POSITION, LogScale.position(0));
    }

    @Test
    void roundsDraggedRatesToTwoSignificantDigits() {
        double rate = LogScale.rate(-1.5);

        assertEquals(0.032, rate);
        assertEquals("0.032", LogScale.text(rate));
    }

    @Test
    void writesRatesWithoutExponentsOrTrailingZeros() {
        assertEquals("0.0001", LogScale.text(1e-4));
        assertEquals("1", LogScale.text(1.0));
        assertEquals("1E+308", LogScale.text(1e308), "a huge typed rate stays short in its message");
        assertEquals("0.3", LogScale.text(0.3));
    }
}
