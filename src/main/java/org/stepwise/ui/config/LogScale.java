package org.stepwise.ui.config;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The learning-rate slider's scale: its position is log10 of the rate, so
 * 0.001, 0.01, 0.1 and 1 sit equally far apart.
 */
public final class LogScale {

    /** The slider's ends, as log10 of 0.001 and of 1. */
    public static final double MIN_POSITION = -3;
    public static final double MAX_POSITION = 0;

    private static final MathContext TWO_DIGITS = new MathContext(2);

    private LogScale() {
    }

    /** The slider position of a rate, held inside the slider's ends. */
    public static double position(double rate) {
        double position = Math.log10(rate);
        if (Double.isNaN(position)) {
            return MIN_POSITION;
        }
        return Math.max(MIN_POSITION, Math.min(MAX_POSITION, position));
    }

    /**
     * The rate at a slider position, rounded to two significant digits so
     * that dragging gives readable values such as 0.032 rather than
     * 0.0316227766.
     */
    public static double rate(double position) {
        double exact = Math.pow(10, position);
        return new BigDecimal(exact).round(TWO_DIGITS).doubleValue();
    }

    /** A rate as short plain text: 0.032, 0.3, 1, 0.0001. */
    public static String text(double rate) {
        BigDecimal exact = BigDecimal.valueOf(rate).stripTrailingZeros();
        // Plain digits for any rate a person types; 1e308 stays 1E+308, not 309 digits.
        return Math.abs(rate) >= 1e7 ? exact.toString() : exact.toPlainString();
    }
}
