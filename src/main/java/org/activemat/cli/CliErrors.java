package org.activemat.cli;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.UnreadableInputException;
import org.activemat.engine.oracle.labelling.FrameLog;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Maps exceptions to one line on stderr and the documented exit codes; no stack traces for bad input. */
final class CliErrors {
    private CliErrors() {}

    static int exitCode(Throwable t) {
        return isBadInput(t) ? ActiveMatCommand.BAD_INPUT : ActiveMatCommand.INTERNAL_ERROR;
    }

    static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (isBadInput(t)) {
            cl.getErr().println("activemat: " + message(t));
            return ActiveMatCommand.BAD_INPUT;
        }
        cl.getErr().println("activemat: internal error: " + t);
        t.printStackTrace(cl.getErr());
        return ActiveMatCommand.INTERNAL_ERROR;
    }

    private static boolean isBadInput(Throwable t) {
        // a path the user gave that cannot be read or written (a folder, no permission, …) is bad input, not a bug
        return t instanceof DataFormatException || t instanceof BadInputException || t instanceof FileSystemException
                || t instanceof UnreadableInputException || t instanceof CommandLine.ParameterException
                || t instanceof FrameLog.InUseException;
    }

    /** One line whatever the message holds: control characters escaped as DataFormatException does. */
    private static String message(Throwable t) {
        if (t instanceof FileSystemException f) return DataFormatException.printable(f.getFile(), 4096) + ": " + reason(f);
        return DataFormatException.printable(t.getMessage(), 4096);
    }

    private static String reason(FileSystemException f) {
        if (f instanceof NoSuchFileException) return "no such file";
        if (f instanceof AccessDeniedException) return "permission denied";
        if (f instanceof FileAlreadyExistsException) return "already exists";
        if (f instanceof NotDirectoryException) return "not a folder";
        String why = f.getReason();
        return why == null || why.isBlank() ? "cannot be read or written" : DataFormatException.printable(why, 400);
    }

    /** A usage problem found after parsing (e.g. an unknown target property). */
    static final class BadInputException extends RuntimeException {
        BadInputException(String message) { super(message); }
    }
}
