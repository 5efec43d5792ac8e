package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetReader;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.Ids;
import org.activemat.engine.data.InputLimits;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * VASP 5 POSCAR / CONTCAR: comment, scale (negative = target volume in Å³, or three per-axis factors),
 * three lattice vectors, element symbols, counts, optional "Selective dynamics", Direct or Cartesian, positions.
 * One structure per file; the id is the file name, or the id a comment line written by ActiveMat carries
 * ({@code id="…" formula=… written_by=ActiveMat}, which VASP copies into CONTCAR). POTCAR-style symbols ("Fe_pv",
 * "Fe/1a2b") name the element.
 */
public final class PoscarReader implements DatasetReader {

    @Override public String format() { return "poscar"; }

    @Override public boolean accepts(Path file) {
        String n = DataFiles.plainName(file);
        return n.startsWith("poscar") || n.startsWith("contcar") || n.endsWith(".vasp") || n.endsWith(".poscar");
    }

    private static String next(TextLines l, String expected) throws IOException, DataFormatException {
        String s = l.next();
        if (s == null) throw l.error(l.line() + 1, "the file ends here; expected " + expected);
        return s;
    }

    private static double[] numbers(TextLines l, String text, int min, String what) throws DataFormatException {
        String[] f = text.trim().split("\\s+");
        if (text.isBlank() || f.length < min)
            throw l.error("expected " + what + ", found '" + ExtXyzReader.abbreviate(text.trim()) + "'");
        double[] r = new double[min];
        for (int i = 0; i < min; i++) {
            try {
                r[i] = Double.parseDouble(f[i]);
            } catch (NumberFormatException e) {
                throw l.error("expected " + what + ", found '" + ExtXyzReader.abbreviate(f[i]) + "'");
            }
            if (!Double.isFinite(r[i])) throw l.error("expected finite numbers for " + what + ", found '" + f[i] + "'");
        }
        return r;
    }

    @Override public Dataset read(Path file) throws IOException, DataFormatException {
        try (TextLines l = new TextLines(file)) {
            String comment = next(l, "a comment line").trim();
            double[] scale = scale(l, next(l, "the scale factor"));
            double[][] m = new double[3][];
            for (int i = 0; i < 3; i++) m[i] = numbers(l, next(l, "lattice vector " + (i + 1)), 3, "lattice vector " + (i + 1) + " (3 numbers)");
            double[] f = factors(l, m, scale);
            double[][] scaled = new double[3][3];
            for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) scaled[i][j] = m[i][j] * f[j];
            Lattice lattice = lattice(l, scaled, 2);   // the vectors passed alone: the scale made them impossible
            List<Element> types = types(l, next(l, "a line of element symbols").trim().split("\\s+"));
            long[] counts = counts(l, next(l, "the number of atoms of each element").trim().split("\\s+"), types);
            long total = 0;
            for (long c : counts) total += c;
            String mode = next(l, "Direct or Cartesian").trim();
            if (mode.toLowerCase(Locale.ROOT).startsWith("s")) mode = next(l, "Direct or Cartesian").trim();
            char k = mode.isEmpty() ? ' ' : Character.toLowerCase(mode.charAt(0));
            if (k != 'd' && k != 'c' && k != 'k')
                throw l.error("expected 'Direct' or 'Cartesian', found '" + ExtXyzReader.abbreviate(mode) + "'");
            boolean cartesian = k != 'd';
            long firstLine = l.line() + 1;
            // grown as position lines arrive: the counts are only a claim until they are there
            List<double[]> pos = new ArrayList<>();
            for (long i = 0; i < total; i++) {
                double[] p = numbers(l, next(l, "the position of atom " + (i + 1) + " of " + total), 3, "3 coordinates");
                // Cartesian coordinates are scaled like the lattice vectors
                pos.add(cartesian ? new double[]{p[0] * f[0], p[1] * f[1], p[2] * f[2]} : lattice.toCartesian(p));
            }
            List<Element> species = new ArrayList<>(pos.size());
            for (int t = 0; t < types.size(); t++) for (long c = 0; c < counts[t]; c++) species.add(types.get(t));
            double[][] cart = pos.toArray(new double[0][]);
            StructureChecks.Problem p = StructureChecks.siteProblem(lattice, species, cart);
            if (p != null) throw l.error(p.site() < 0 ? 3 : firstLine + p.site(), p.message());
            Structure s = new Structure(lattice, species, cart);
            String id = id(comment, file);
            String bad = Ids.problem(id);
            if (bad != null) throw l.error(1, bad);
            Map<String, String> info = comment.isEmpty() ? Map.of() : Map.of("comment", comment);
            Entry e = new Entry(id, s, null, Map.of(), Map.of(), info, "poscar");
            return new Dataset(Provenance.stem(file), List.of(e), Provenance.of(file, format()));
        }
    }

    /** The id an ActiveMat comment line carries, else the file name. */
    private static String id(String comment, Path file) {
        if (comment.startsWith("id=")) {
            try {
                String id = KeyValueLine.parse(comment).get("id");
                if (id != null) return id;
            } catch (IllegalArgumentException e) {
                // someone else's comment that merely starts like ours
            }
        }
        return file.getFileName().toString();
    }

    private static List<Element> types(TextLines l, String[] symbols) throws DataFormatException {
        if (symbols[0].matches("[0-9]+"))
            throw l.error("expected a line of element symbols (VASP 5 format); this looks like VASP 4 counts without symbols");
        List<Element> types = new ArrayList<>();
        for (String s : symbols) {
            String[] parts = s.split("[_/]");
            String sym = parts.length == 0 ? "" : parts[0];
            types.add(Element.find(sym).orElseThrow(() -> l.error("unknown element '" + ExtXyzReader.abbreviate(s) + "'")));
        }
        return types;
    }

    private static long[] counts(TextLines l, String[] text, List<Element> types) throws DataFormatException {
        if (text.length != types.size())
            throw l.error("expected " + types.size() + " counts (one per element), found " + text.length);
        long[] counts = new long[types.size()];
        long total = 0;
        for (int t = 0; t < types.size(); t++) {
            try {
                counts[t] = Long.parseLong(text[t]);
            } catch (NumberFormatException e) {
                throw l.error("expected an atom count for " + types.get(t).symbol() + ", found '" + ExtXyzReader.abbreviate(text[t]) + "'");
            }
            if (counts[t] < 0) throw l.error("expected a non-negative atom count, found " + counts[t]);
            total += counts[t];
            if (total > InputLimits.MAX_SITES)
                throw l.error("the counts claim more than " + InputLimits.MAX_SITES + " atoms; ActiveMat reads structures of at most "
                        + InputLimits.MAX_SITES);
        }
        if (total == 0) throw l.error("expected at least one atom");
        return counts;
    }

    private static double[] scale(TextLines l, String text) throws DataFormatException {
        String[] f = text.trim().split("\\s+");
        double[] s = numbers(l, text, f.length >= 3 ? 3 : 1, "a scale factor (or 3 per-axis factors)");
        for (double x : s) if (x == 0) throw l.error("expected a non-zero scale factor");
        if (s.length == 3 && (s[0] < 0 || s[1] < 0 || s[2] < 0)) throw l.error("expected three positive per-axis scale factors");
        return s;
    }

    /** Per-axis factors: a negative single scale is the target cell volume (Å³), a positive one multiplies all vectors. */
    private static double[] factors(TextLines l, double[][] m, double[] scale) throws DataFormatException {
        if (scale.length == 3) {
            lattice(l, m, 3);
            return scale;
        }
        double v = lattice(l, m, 3).volume();
        double s = scale[0] < 0 ? Math.cbrt(-scale[0] / v) : scale[0];
        return new double[]{s, s, s};
    }

    private static Lattice lattice(TextLines l, double[][] m, long line) throws DataFormatException {
        String problem = StructureChecks.cellProblem(m);
        if (problem != null) throw l.error(line, (line == 2 ? "scaled lattice: " : "lattice: ") + problem);
        try {
            return new Lattice(m);
        } catch (IllegalArgumentException e) {
            throw l.error(line, "lattice: " + e.getMessage());
        }
    }
}
