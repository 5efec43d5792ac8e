package org.activemat.engine.data;

import java.io.IOException;

/**
 * The bytes of a data file cannot be read as data: corrupt or truncated gzip, or more content than {@link InputLimits}
 * allows. An IOException so it passes through any reader unchanged; the readers turn it into a DataFormatException
 * naming the file and the place it was found.
 */
public class UnreadableInputException extends IOException {
    public UnreadableInputException(String problem, Throwable cause) { super(problem, cause); }

    /** What is wrong, without the file name: "the gzip data ends early (truncated file?)". */
    public String problem() { return getMessage(); }
}
