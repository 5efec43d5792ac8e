package org.activemat.engine.oracle;

import org.activemat.engine.chem.Structure;

import java.util.Map;

/** A generated structure awaiting a label: deterministic id (e.g. "Si-0042-bc8-shear") and how it was made. */
public record Candidate(String id, int index, Structure structure, String prototype, Map<String, String> info) {
    public Candidate {
        info = Map.copyOf(info);
    }
}
