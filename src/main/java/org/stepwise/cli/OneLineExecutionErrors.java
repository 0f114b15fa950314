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
        if (ex instanceof java.nio.file.NoSuchFileException missing) {
            // A reason says which file of a folder is missing; without one, the path itself is.
            String what = missing.getReason() != null ? missing.getFile() + ": " + missing.getReason()
                    : "no such file or folder: " + missing.getFile();
            return report(command, what, 1, ex);
        }
        if (ex instanceof java.nio.file.FileSystemException fileSystem && fileSystem.getReason() != null) {
            return report(command, fileSystem.getFile() + ": " + fileSystem.getReason(), 1, ex);
        }
        boolean badValue = ex instanceof IllegalArgumentException;
        String message = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
        return report(command, message, badValue ? OneLineParameterErrors.BAD_USAGE : 1, ex);
    }

    private static int report(CommandLine command, String message, int exitCode, Exception ex) {
        LOG.log(Level.DEBUG, "command failed", ex);
        command.getErr().println("stepwise: " + message);
        command.getErr().flush();
        return exitCode;
    }
}
