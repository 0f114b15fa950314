package org.stepwise.cli;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure inside a command into one line on standard error. Bad
 * values found while running (IllegalArgumentException) exit with 2, other
 * failures with 1; the stack trace goes to the log only.
 */
final class OneLineExecutionErrors implements IExecutionExceptionHandler {

    private static final Logger LOG = System.getLogger(OneLineExecutionErrors.class.getName());

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        boolean badValue = ex instanceof IllegalArgumentException;
        LOG.log(Level.DEBUG, "command failed", ex);
        String message = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
        command.getErr().println("stepwise: " + message);
        command.getErr().flush();
        return badValue ? OneLineParameterErrors.BAD_USAGE : 1;
    }
}
