package org.activemat.engine.chem;

import java.util.List;

/** Z = 1–94: symbol, name, atomic mass (u), Pauling electronegativity, covalent radius (Å, Cordero 2008), valence electrons. */
final class ElementTable {
    private ElementTable() {}

    private static Element e(int z, String s, String n, double mass, double chi, double rcov, int val) {
        return new Element(z, s, n, mass, chi, rcov, val);
    }

    static final List<Element> ROWS = List.of(
            e(1, "H", "Hydrogen", 1.008, 2.20, 0.31, 1),
            e(6, "C", "Carbon", 12.011, 2.55, 0.76, 4),
            e(8, "O", "Oxygen", 15.999, 3.44, 0.66, 6),
            e(14, "Si", "Silicon", 28.085, 1.90, 1.11, 4),
            e(22, "Ti", "Titanium", 47.867, 1.54, 1.60, 4),
            e(26, "Fe", "Iron", 55.845, 1.83, 1.32, 8)
    );
}
