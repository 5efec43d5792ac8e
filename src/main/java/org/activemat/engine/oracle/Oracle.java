package org.activemat.engine.oracle;

import org.activemat.engine.chem.Structure;

/** Labels a structure: the expensive step active learning tries to call as rarely as possible. */
public interface Oracle {
    /**
     * Computes (or looks up) the label of a structure. id names the candidate in errors and scratch folders.
     * Never returns a made-up label: anything that prevents a trustworthy result is an OracleException.
     */
    Label label(String id, Structure structure) throws OracleException;

    /** A short description for logs and provenance, e.g. "Quantum ESPRESSO pw.x (PBE, 20 Ry)". */
    String describe();
}
