package org.stepwise.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.stepwise.network.Loss;
import org.stepwise.optimize.ScheduleKind;

/**
 * The command-line spelling of the engine's choices: lower case with dashes
 * ("inverse-time", "thesis-relu"), and the conversions both ways.
 */
final class Names {

    private Names() {
    }

    /** INVERSE_TIME becomes "inverse-time". */
    static String of(Enum<?> value) {
        if (value == ScheduleKind.PIECEWISE_CONSTANT) {
            return "piecewise";
        }
        if (value == Loss.MEAN_SQUARED_ERROR) {
            return "mse";
        }
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a name made by {@link #of}, naming the accepted values if it matches none. */
    static <E extends Enum<E>> E parse(Class<E> type, String text, String option) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equalsIgnoreCase(text.trim())) {
                return constant;
            }
        }
        throw new IllegalArgumentException(option + " '" + text + "' is not one of " + list(type));
    }

    /** "a|b|c" for help texts and messages. */
    static String list(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Names::of).collect(Collectors.joining("|"));
    }

    /** The spellings as help texts show them; a test keeps them equal to {@link #list}. */
    static final String SCHEDULES = "constant|piecewise|exponential|inverse-time|polynomial";
    static final String ACTIVATIONS = "sigmoid|relu|thesis-relu|softmax";
    static final String LOSSES = "mse|sum-of-squares|thesis-sum-of-squares|cross-entropy";
    static final String SAMPLINGS = "with-replacement|without-replacement";
}
