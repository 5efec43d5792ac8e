package org.activemat.engine.oracle;

/** Why a structure could not be labelled, with the tail of the calculation's output when there is one. */
public class OracleException extends Exception {

    public enum Reason {
        NOT_CONVERGED, CRASHED, TIMEOUT, MISSING_EXECUTABLE, MISSING_PSEUDOPOTENTIAL, UNPARSABLE_OUTPUT, NOT_AVAILABLE,
        /** The machine, not the structure: e.g. no usable scratch folder. */
        ENVIRONMENT
    }

    private final Reason reason;
    private final String outputTail;

    public OracleException(Reason reason, String message, String outputTail) {
        super(message);
        this.reason = reason;
        this.outputTail = outputTail == null ? "" : outputTail;
    }

    public Reason reason() { return reason; }

    /**
     * True when no candidate can be labelled until the user fixes something (pw.x, a pseudopotential, the scratch
     * folder): the run stops, and the candidate is not recorded as failed.
     */
    public boolean stopsTheRun() {
        return reason == Reason.MISSING_EXECUTABLE || reason == Reason.MISSING_PSEUDOPOTENTIAL || reason == Reason.ENVIRONMENT;
    }

    /** Last lines of the program output (empty when the program never ran). */
    public String outputTail() { return outputTail; }

    @Override public String getMessage() {
        return reason + ": " + super.getMessage();
    }
}
