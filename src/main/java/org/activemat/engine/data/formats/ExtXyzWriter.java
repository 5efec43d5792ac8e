package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Entry;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes entries with structures as extended XYZ that ASE and our reader both read back; ids, keys and text values
 * are quoted and escaped where needed ({@link EscapedText}), so any id comes back identical.
 */
public final class ExtXyzWriter {
    private ExtXyzWriter() {}

    public static void write(Writer out, Iterable<Entry> entries) throws IOException {
        for (Entry e : entries) write(out, e);
    }

    public static void write(Writer out, Entry e) throws IOException {
        Structure s = e.structure();
        if (s == null) throw new IllegalArgumentException("entry " + e.id() + " has no structure to write as extended XYZ");
        StringBuilder sb = new StringBuilder(128 + 80 * s.size());
        sb.append(s.size()).append('\n');
        double[][] m = s.lattice().matrix();
        sb.append("Lattice=\"");
        for (int i = 0; i < 9; i++) sb.append(i > 0 ? " " : "").append(num(m[i / 3][i % 3]));
        sb.append("\" Properties=species:S:1:pos:R:3");
        for (Map.Entry<String, double[][]> a : e.siteArrays().entrySet())
            sb.append(':').append(a.getKey()).append(":R:").append(a.getValue()[0].length);
        sb.append(" id=").append(EscapedText.quoted(e.id()));
        for (Map.Entry<String, Double> p : e.properties().entrySet())
            if (!reserved(p.getKey())) sb.append(' ').append(EscapedText.quoted(p.getKey())).append('=').append(num(p.getValue()));
        for (Map.Entry<String, String> p : e.info().entrySet())
            if (!reserved(p.getKey()))
                sb.append(' ').append(EscapedText.quoted(p.getKey())).append('=').append(EscapedText.quoted(p.getValue()));
        sb.append(" pbc=\"T T T\"\n");
        for (int i = 0; i < s.size(); i++) {
            double[] p = s.position(i);
            String sym = s.species(i).symbol();
            sb.append(sym).append(sym.length() == 1 ? "  " : " ");
            for (double v : p) column(sb, v);
            for (double[][] a : e.siteArrays().values())
                for (double v : a[i]) column(sb, v);
            sb.append('\n');
        }
        out.write(sb.toString());
    }

    /**
     * A right-aligned column holding the shortest text that reads back to the same double: exact round trips, and
     * much faster than String.format for large trajectories.
     */
    private static void column(StringBuilder sb, double v) {
        String t = Double.toString(v);
        sb.append(' ');
        for (int k = t.length(); k < 22; k++) sb.append(' ');
        sb.append(t);
    }

    /** Shortest text that reads back to the same double (ASE and Python parse "1.0E-5" too). */
    private static String num(double v) { return Double.toString(v); }

    /** Keys the reader takes for the cell, columns and id: an info field of that name would replace the entry's own. */
    private static boolean reserved(String key) {
        return key.equalsIgnoreCase("Lattice") || key.equalsIgnoreCase("Properties") || key.equalsIgnoreCase("pbc")
                || key.equals("id") || key.equals("config_id");
    }
}
