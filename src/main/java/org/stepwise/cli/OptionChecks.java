package org.stepwise.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks of option values that picocli's types cannot express: ranges and
 * the files and folders a command will read or write. Each failure is an
 * IllegalArgumentException whose message names the option, the value given
 * and what is allowed; {@link OneLineExecutionErrors} prints it as one line
 * and exits with code 2, before any work starts.
 */
final class OptionChecks {

    private OptionChecks() {
    }

    /** Requires {@code low < value <= high} (or {@code low <= value} when {@code lowIncluded}). */
    static void requireInRange(String option, Double value, double low, boolean lowIncluded,
            double high) {
        if (value == null) {
            return;
        }
        boolean aboveLow = lowIncluded ? value >= low : value > low;
        if (!aboveLow || !(value <= high)) {
            throw new IllegalArgumentException(option + " " + number(value) + " is out of range; allowed: "
                    + (lowIncluded ? "from " + number(low) : "above " + number(low)) + " to "
                    + number(high));
        }
    }

    /** Requires a whole number from {@code low} to {@code high}. */
    static void requireInRange(String option, Integer value, int low, int high) {
        if (value != null && (value < low || value > high)) {
            throw new IllegalArgumentException(option + " " + value + " is out of range; allowed: "
                    + String.format(Locale.ROOT, "%,d to %,d", low, high));
        }
    }

    /** A file the command will write: not a folder, and its folder must exist and be writable. */
    static void requireWritableFile(String option, Path file) {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(option + " " + file + " is a folder; give a file name");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(option + " " + file + ": the folder " + folder
                    + " does not exist; create it first or give another path");
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new IllegalArgumentException(option + " " + file + ": the folder " + folder
                    + " cannot be written to; give another path");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new IllegalArgumentException(option + " " + file
                    + " exists and cannot be written to; give another path");
        }
    }

    /** A file the command will read: it must exist, be a file and be readable. */
    static void requireReadableFile(String option, Path file) {
        if (file == null) {
            return;
        }
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(option + " " + file
                    + " does not exist; give an existing file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + " " + file + " is not a file; give a file");
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(option + " " + file
                    + " cannot be read; check its permissions");
        }
    }

    /** A folder the command will create files in: if it exists it must be a writable folder. */
    static void requireWritableFolder(String option, Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(option + " " + folder
                    + " is a file; give a folder for the files to go in");
        }
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new IllegalArgumentException(option + " " + folder + " cannot be created there ("
                    + existing + " cannot be written to); give another folder");
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
    }
}
