package org.stepwise.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Reports a bad option in one line, with a pointer to --help, and exit code 2. */
final class OneLineParameterErrors implements IParameterExceptionHandler {

    static final int BAD_USAGE = 2;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("stepwise: " + plain(ex.getMessage()) + " (see '"
                + command.getCommandSpec().qualifiedName()
                + " --help')");
        err.flush();
        return BAD_USAGE;
    }

    /**
     * Picocli names Java's types; a person typing options thinks in numbers.
     * Picocli says the same of a whole number too large for its type as of a
     * word, so digits alone are told they are too large.
     */
    static String plain(String message) {
        return message.replace("is not a double", "is not a number, such as 0.05")
                .replaceAll("'(-?[0-9]+)' is not an int",
                        "'$1' is too large a whole number (at most 2147483647)")
                .replaceAll("'(-?[0-9]+)' is not a long",
                        "'$1' is too large a whole number (at most 2^63 - 1)")
                .replace("is not an int", "is not a whole number")
                .replace("is not a long", "is not a whole number");
    }
}
