package org.activemat.engine.oracle.generator;

import org.activemat.engine.chem.Structure;

import java.util.List;

/**
 * A named crystal prototype and the cells it may be labelled in: the smallest (primitive) first, then larger
 * equivalent cells (conventional cells, supercells). All cells describe the same ideal crystal.
 */
public record Prototype(String name, List<Cell> cells) {

    public Prototype {
        cells = List.copyOf(cells);
        if (cells.isEmpty()) throw new IllegalArgumentException("prototype " + name + " has no cell");
    }

    /** One cell of the prototype; tag says which ("prim", "conv", "2x1x1"). */
    public record Cell(String tag, Structure structure) {}
}
