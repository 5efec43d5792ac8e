package org.activemat.engine.data;

import org.activemat.engine.chem.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** How many entries share each reduced formula and each chemical system ("Fe-O-Li" sorted: "Fe-Li-O"). */
public final class CompositionCounts {
    private CompositionCounts() {}

    public static Map<String, Integer> byFormula(Dataset d) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Entry e : d.entries()) m.merge(e.formula(), 1, Integer::sum);
        return sorted(m);
    }

    public static Map<String, Integer> byChemicalSystem(Dataset d) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Entry e : d.entries()) m.merge(chemicalSystem(e), 1, Integer::sum);
        return sorted(m);
    }

    public static String chemicalSystem(Entry e) {
        TreeSet<String> symbols = new TreeSet<>();
        for (Element el : e.composition().amounts().keySet()) symbols.add(el.symbol());
        return String.join("-", symbols);
    }

    /** Most common first, ties alphabetically. */
    private static Map<String, Integer> sorted(Map<String, Integer> m) {
        List<Map.Entry<String, Integer>> l = new ArrayList<>(m.entrySet());
        l.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue());
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : l) out.put(e.getKey(), e.getValue());
        return out;
    }
}
