package org.stepwise.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a model file spells the engine's choices: the constant's name in lower
 * case with dashes ({@code THESIS_RELU} is {@code "thesis-relu"}). Fixed by
 * the format: renaming a constant must keep its old spelling readable.
 */
final class Spelling {

    private Spelling() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String path, JsonFields fields)
            throws ModelFormatException {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(text)) {
                return constant;
            }
        }
        throw fields.problem(path, "expected one of " + list(type) + " but found \"" + text + "\"");
    }

    private static String list(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Spelling::of).collect(Collectors.joining("|"));
    }
}
