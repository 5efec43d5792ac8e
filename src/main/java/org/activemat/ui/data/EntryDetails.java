package org.activemat.ui.data;

import org.activemat.engine.chem.Lattice;
import org.activemat.engine.data.Entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one entry carries, as name–value rows with units: its cell, each property, the per-site arrays and the
 * text the file recorded (for frames of the DFT oracle: calculator, k-points, how the candidate was generated).
 */
public final class EntryDetails {
    private EntryDetails() {}

    public record Row(String name, String value) {}

    public static List<Row> of(Entry e) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("id", e.id()));
        rows.add(new Row("formula", e.formula()));
        if (e.hasStructure()) {
            Lattice l = e.structure().lattice();
            rows.add(new Row("sites", String.valueOf(e.sites())));
            rows.add(new Row("a, b, c", triple(l.lengths(), "%.4f") + " Å"));
            rows.add(new Row("α, β, γ", triple(l.angles(), "%.2f") + "°"));
            rows.add(new Row("volume per atom", String.format(Locale.ROOT, "%.3f Å³", l.volume() / e.sites())));
        }
        e.properties().forEach((k, v) -> rows.add(new Row(k, number(v) + unit(k))));
        e.siteArrays().forEach((k, v) -> rows.add(new Row(k, siteArray(k, v))));
        e.info().forEach((k, v) -> rows.add(new Row(k, v)));
        rows.add(new Row("source", e.source()));
        return rows;
    }

    /** Ten significant digits, no trailing zeros: a total energy keeps its meV. */
    static String number(double v) {
        if (!Double.isFinite(v)) return String.valueOf(v);
        return new java.math.BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }

    private static String unit(String property) {
        String u = org.activemat.engine.data.Units.of(property);
        return u.isEmpty() ? "" : " " + u;
    }

    /** "2 × 3, largest |F| 0.0123 eV/Å" for forces; the shape otherwise. */
    private static String siteArray(String name, double[][] v) {
        String shape = v.length + " × " + (v.length == 0 ? 0 : v[0].length);
        if (!name.equals("forces")) return shape;
        double max = 0;
        for (double[] f : v) max = Math.max(max, Math.sqrt(f[0] * f[0] + f[1] * f[1] + f[2] * f[2]));
        return String.format(Locale.ROOT, "%s, largest |F| %.4f eV/Å", shape, max);
    }

    private static String triple(double[] v, String format) {
        return String.format(Locale.ROOT, format + ", " + format + ", " + format, v[0], v[1], v[2]);
    }
}
