package org.stepwise.ui.config;

import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.stepwise.ui.Formats;

/**
 * A setting typed as text: the text a person typed, the value it stands for
 * (null while it does not parse or is out of range), and why not, in words.
 *
 * <p>The text is the truth: a typed 0.05 is used as 0.05 exactly.
 *
 * @param <T> the value's type
 */
public final class TextSetting<T> {

    /**
     * Reads a value from text. Throws IllegalArgumentException whose message
     * says, in words, what is wrong (the engine's own range checks do).
     */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text);
    }

    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Parser<T> parser;

    public TextSetting(String initialText, Parser<T> parser) {
        this.parser = parser;
        text.addListener((observable, before, now) -> update(now));
        text.set(initialText);
    }

    /**
     * A whole number, checked by {@code check}, which returns the value or
     * throws IllegalArgumentException with a message when it is out of range.
     */
    public static TextSetting<Integer> wholeNumber(int initial, UnaryOperator<Integer> check) {
        return new TextSetting<>(Integer.toString(initial), text -> check.apply(parseInt(text)));
    }

    /** A decimal number, checked by {@code check}. */
    public static TextSetting<Double> decimal(String initial, UnaryOperator<Double> check) {
        return new TextSetting<>(initial, text -> check.apply(parseDouble(text)));
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    /** Checks the same text again, after a bound it is checked against has changed. */
    public void recheck() {
        update(text.get());
    }

    /** The parsed value, or null while the text is not valid. */
    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public T getValue() {
        return value.get();
    }

    /** Why the text is not valid, as a sentence; empty when it is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** True when the text stands for a value; the same test {@link #getValue()} != null. */
    public boolean isValid() {
        return value.get() != null;
    }

    /**
     * Listeners of either property may read both: so a valid value is set
     * before its error clears, and an error is set before the value goes.
     */
    private void update(String now) {
        try {
            T parsed = parser.parse(now == null ? "" : now.strip());
            value.set(parsed);
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(Formats.sentence(e.getMessage()));
            value.set(null);
        }
    }

    static int parseInt(String text) {
        String digits = withoutGrouping(text);
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("type a whole number");
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw notWhole(text, digits, "2,147,483,647");
        }
    }

    static long parseLong(String text) {
        String digits = withoutGrouping(text);
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("type a whole number");
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw notWhole(text, digits, "9,223,372,036,854,775,807");
        }
    }

    /** Digits that overflow are a number, only too large; anything else is not a whole number. */
    private static IllegalArgumentException notWhole(String text, String digits, String largest) {
        return new IllegalArgumentException(digits.matches("-?[0-9]+")
                ? "'" + text + "' is too large; the largest whole number here is " + largest
                : "'" + text + "' is not a whole number");
    }

    static double parseDouble(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("type a number, such as 0.05");
        }
        // A decimal comma is what many people type; accept it when it is the only separator.
        String normalized = text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        try {
            return Double.parseDouble(normalized);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a number; type one such as 0.05");
        }
    }

    /** "60,000", "60 000" and "60_000" all mean 60000. */
    private static String withoutGrouping(String text) {
        return text.replace(",", "").replace("_", "").replace(" ", "");
    }
}
