package org.activemat.engine.chem;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A chemical element with the properties the descriptors need.
 * electronegativity is Pauling's (NaN where undefined, e.g. He, Ne, Ar),
 * covalentRadius in Å, atomicMass in u, valenceElectrons as s+p+d+f of the outer shells.
 */
public record Element(int z, String symbol, String name, double atomicMass, double electronegativity,
                      double covalentRadius, int valenceElectrons) {

    private static final Map<String, Element> BY_SYMBOL = new HashMap<>();
    private static final Element[] BY_Z = new Element[ElementTable.ROWS.size() + 1];

    static {
        for (Element e : ElementTable.ROWS) {
            BY_SYMBOL.put(e.symbol.toLowerCase(Locale.ROOT), e);
            BY_Z[e.z] = e;
        }
    }

    /** Element by symbol, case-insensitive ("Si", "si"); empty if unknown. */
    public static Optional<Element> find(String symbol) {
        return Optional.ofNullable(symbol == null ? null : BY_SYMBOL.get(symbol.trim().toLowerCase(Locale.ROOT)));
    }

    /** Element by symbol; throws IllegalArgumentException naming the symbol if unknown. */
    public static Element of(String symbol) {
        return find(symbol).orElseThrow(() -> new IllegalArgumentException("unknown element '" + symbol + "'"));
    }

    public static Element of(int z) {
        if (z < 1 || z >= BY_Z.length || BY_Z[z] == null) throw new IllegalArgumentException("no element with Z = " + z);
        return BY_Z[z];
    }

    public static List<Element> all() { return ElementTable.ROWS; }

    @Override public String toString() { return symbol; }
}
