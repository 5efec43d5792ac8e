package org.activemat.engine.data;

import java.util.Locale;
import java.util.Map;

/**
 * The unit of a property from its name, for axes, table headers and hover labels: the names the oracle writes and the
 * common databases use (sample-data/README.md). A dotted name (data.formation_energy_per_atom, band_gap.energy) or a
 * provider prefix (_mp_band_gap) is read by its last part; unknown names have no unit ("").
 */
public final class Units {
    private Units() {}

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("energy", "eV"), Map.entry("energy_per_atom", "eV/atom"), Map.entry("formation_energy_per_atom", "eV/atom"),
            Map.entry("e_above_hull", "eV/atom"), Map.entry("energy_above_hull", "eV/atom"), Map.entry("band_gap", "eV"),
            Map.entry("max_force", "eV/Å"), Map.entry("forces", "eV/Å"), Map.entry("pressure", "GPa"), Map.entry("stress", "GPa"),
            Map.entry("magnetization", "μB"), Map.entry("magnetization_per_atom", "μB/atom"), Map.entry("total_magnetization", "μB"),
            Map.entry("wall_seconds", "s"), Map.entry("volume", "Å³"), Map.entry("density", "g/cm³"));

    /** "eV/atom" for formation_energy_per_atom, "" when the name says nothing known. */
    public static String of(String property) {
        if (property == null) return "";
        String p = property.toLowerCase(Locale.ROOT);
        String u = KNOWN.get(p);
        if (u != null) return u;
        if (p.startsWith("stress_")) return "GPa";
        int dot = p.lastIndexOf('.');
        if (dot >= 0) {
            String last = p.substring(dot + 1), head = p.substring(0, dot);
            u = KNOWN.get(last);
            if (u != null) return u;
            if (last.equals("energy") || last.equals("value")) return of(head);   // band_gap.energy
        }
        if (p.startsWith("_")) {   // OPTIMADE provider fields: _mp_band_gap
            int us = p.indexOf('_', 1);
            if (us > 0) return of(p.substring(us + 1));
        }
        return "";
    }

    /** "MAE (eV/atom)", or just "MAE" when there is no unit. */
    public static String label(String quantity, String property) {
        String u = of(property);
        return u.isEmpty() ? quantity : quantity + " (" + u + ")";
    }
}
