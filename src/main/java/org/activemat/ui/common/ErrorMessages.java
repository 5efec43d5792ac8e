package org.activemat.ui.common;

import org.activemat.engine.data.DataFormatException;

import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;

/** Turns an exception into the header and text of an error dialog a user can act on. Pure, so it is unit-tested. */
public final class ErrorMessages {
    private ErrorMessages() {}

    public record Message(String header, String detail) {}

    public static Message of(String action, Throwable e) {
        Throwable t = unwrap(e);
        if (t instanceof DataFormatException d) {
            String where = d.location() == null || d.location().isEmpty() ? "" :
                    (d.location().startsWith("$") ? "at " + d.location() : "line " + d.location());
            String detail = "File: " + d.file() + (where.isEmpty() ? "" : "\nWhere: " + where) + "\nProblem: " + d.problem();
            return new Message(action + ": " + d.file() + (where.isEmpty() ? "" : ", " + where), detail);
        }
        if (t instanceof NoSuchFileException || t instanceof FileNotFoundException)
            return new Message(action + ": file not found", String.valueOf(t.getMessage()));
        if (t instanceof java.io.IOException)
            return new Message(action + (writing(action) ? ": the file could not be written" : ": the file could not be read"),
                    t.getClass().getSimpleName() + ": " + t.getMessage());
        if (t instanceof IllegalArgumentException)
            return new Message(action + ": invalid input", String.valueOf(t.getMessage()));
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
        return new Message(action + ": unexpected internal error", msg
                + "\n\nThis is a bug in ActiveMat, not a problem with your input; please report it.");
    }

    /** "Could not save x.png", "Saving …", "Export failed": the file was being written, not read. */
    private static boolean writing(String action) {
        String a = action.toLowerCase(java.util.Locale.ROOT);
        return a.startsWith("could not save") || a.startsWith("saving") || a.startsWith("export");
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.ExecutionException || t instanceof java.io.UncheckedIOException
                || t instanceof ExceptionInInitializerError
                || (t instanceof RuntimeException && t.getClass() == RuntimeException.class)) && t.getCause() != null)
            t = t.getCause();
        return t;
    }
}
