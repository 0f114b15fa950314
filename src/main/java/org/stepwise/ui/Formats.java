package org.stepwise.ui;

import java.util.Locale;

/**
 * How the window writes numbers and messages: grouped counts ("3,750"),
 * percentages, durations and plain sentences. One locale for all, so that
 * screenshots and tests read the same everywhere.
 */
public final class Formats {

    private Formats() {
    }

    /** 1234 as "1,234". */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A share of 0..1 as "91.34%". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * share);
    }

    /** Seconds as "0:07", "12:30" or "1:02:03"; rounds up so "0:00" means done. */
    public static String duration(double seconds) {
        long total = (long) Math.ceil(Math.max(0, seconds));
        long hours = total / 3600;
        long minutes = total / 60 % 60;
        long rest = total % 60;
        if (hours > 0) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest);
        }
        return String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }

    /** An output or probability as "0.93". */
    public static String output(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * A message from the engine ("the batch size must be at least 1, got 0")
     * as a sentence: capital first letter, full stop at the end.
     */
    public static String sentence(String message) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            return "";
        }
        String capitalized = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        char last = capitalized.charAt(capitalized.length() - 1);
        boolean ended = last == '.' || last == '!' || last == '?';
        return ended ? capitalized : capitalized + ".";
    }

    /** An exception as one sentence a person can act on, without its class or stack. */
    public static String sentence(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            message = "an unexpected " + failure.getClass().getSimpleName() + " occurred";
        }
        return sentence(message);
    }
}
