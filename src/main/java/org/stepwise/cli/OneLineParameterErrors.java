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
        err.println("stepwise: " + ex.getMessage() + " (see '" + command.getCommandSpec().qualifiedName()
                + " --help')");
        err.flush();
        return BAD_USAGE;
    }
}
