package org.stepwise.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each schedule's Table 1 setting, section by section (k finished sections of n = 10). */
class ScheduleTest {

    private static final int SECTIONS = 10;

    @ParameterizedTest(name = "section {0}")
    @CsvSource({
        // k, constant, piecewise 0.3(11-k)/11, exponential 0.5*0.75^k, inverse 0.5/(1+0.5k),
        // polynomial (0.3-0.1)(1-k/10)^0.5+0.1
        "0, 0.3, 0.3,                 0.5,            0.5,                0.3",
        "1, 0.3, 0.272727272727273,   0.375,          0.333333333333333,  0.289736659610103",
        "2, 0.3, 0.245454545454545,   0.28125,        0.25,               0.278885438199983",
        "3, 0.3, 0.218181818181818,   0.2109375,      0.2,                0.267332005306815",
        "4, 0.3, 0.190909090909091,   0.158203125,    0.166666666666667,  0.254919333848297",
        "5, 0.3, 0.163636363636364,   0.11865234375,  0.142857142857143,  0.241421356237310",
        "6, 0.3, 0.136363636363636,   0.0889892578125, 0.125,             0.226491106406735",
        "7, 0.3, 0.109090909090909,   0.066741943359375, 0.111111111111111, 0.209544511501033",
        "8, 0.3, 0.0818181818181818,  0.0500564575195313, 0.1,            0.189442719099992",
        "9, 0.3, 0.0545454545454545,  0.0375423431396484, 0.0909090909090909, 0.163245553203368",
    })
    void tableOneSettingsGiveTheProgramsRateAfterEachSection(int k, double constant, double piecewise,
            double exponential, double inverseTime, double polynomial) {
        assertEquals(constant, ScheduleKind.CONSTANT.thesisDefault().rate(k, SECTIONS), 1e-12);
        assertEquals(piecewise, ScheduleKind.PIECEWISE_CONSTANT.thesisDefault().rate(k, SECTIONS), 1e-12);
        assertEquals(exponential, ScheduleKind.EXPONENTIAL.thesisDefault().rate(k, SECTIONS), 1e-12);
        assertEquals(inverseTime, ScheduleKind.INVERSE_TIME.thesisDefault().rate(k, SECTIONS), 1e-12);
        assertEquals(polynomial, ScheduleKind.POLYNOMIAL.thesisDefault().rate(k, SECTIONS), 1e-12);
    }

    @ParameterizedTest
    @EnumSource(ScheduleKind.class)
    void everyScheduleStartsAtItsInitialRate(ScheduleKind kind) {
        LearningRateSchedule schedule = kind.thesisDefault().withInitialRate(0.123);

        assertEquals(0.123, schedule.rate(0, SECTIONS), 0.0);
        assertEquals(kind, schedule.kind());
    }

    @Test
    void piecewiseEndsAtTableOnesEndRate() {
        assertEquals(0.055, new PiecewiseConstantDecay(0.3).rate(9, 10), 5e-4);
    }

    @Test
    void zeroLearningRateIsRefusedWithItsValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ConstantRate(0.0));

        assertTrue(e.getMessage().contains("0.0"), e.getMessage());
    }

    @Test
    void sectionOutsideTheRunIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ConstantRate(0.3).rate(10, 10));
    }

    @Test
    void formulaShowsTheProgramsInverseTimeForm() {
        assertEquals("e_k = 0.5 / (1 + 0.5 * k)", ScheduleKind.INVERSE_TIME.thesisDefault().formula());
    }
}
